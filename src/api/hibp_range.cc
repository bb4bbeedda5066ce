#include "api/hibp_range.h"

#include <cctype>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

#include "api/hibp_range_padding.h"
#include "api/rate_limit.h"
#include "lookup/catalog.h"

namespace leakwatch::api {

namespace {

constexpr char kCacheControl[] = "public, max-age=2678400";

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Parses `n` hex characters into a value; false for another length or alphabet.
bool ParsePrefix(std::string_view s, std::size_t n, std::uint32_t* out) {
  if (s.size() != n) return false;
  std::uint32_t v = 0;
  for (char c : s) {
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
            : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                        : -1;
    if (d < 0) return false;
    v = v << 4 | static_cast<std::uint32_t>(d);
  }
  *out = v;
  return true;
}

Response BadPrefix() {
  Response r;
  r.status = 400;
  r.content_type = "text/plain";
  r.body = "The hash prefix was not in a valid format";
  r.etag = false;
  r.SetHeader("Access-Control-Allow-Origin", "*");
  return r;
}

Response NoStore(std::string_view what) {
  Response r;
  r.status = 503;
  r.content_type = "text/plain";
  r.body = "No " + std::string(what) + " store is loaded on this server (serve --hashes FILE).";
  r.etag = false;
  r.SetHeader("Access-Control-Allow-Origin", "*");
  return r;
}

Response Preflight() {
  Response r;
  r.status = 204;
  r.etag = false;
  r.compressible = false;
  r.SetHeader("Access-Control-Allow-Origin", "*");
  r.SetHeader("Access-Control-Allow-Methods", "GET");
  r.SetHeader("Access-Control-Allow-Headers", "Add-Padding");
  r.SetHeader("Access-Control-Max-Age", "86400");
  r.cache_control = "public, max-age=86400";
  return r;
}

std::string HttpDate(std::int64_t unix_seconds) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf;
}

// Rate limiting shared by the check endpoints; nullopt when allowed.
std::optional<Response> Limit(const Services& services, const Request& request) {
  if (!services.rate_limiter) return std::nullopt;
  int wait = services.rate_limiter->Acquire(request);
  if (wait == 0) return std::nullopt;
  Response r = RateLimiter::TooManyRequests(wait);
  r.SetHeader("Access-Control-Allow-Origin", "*");
  return r;
}

}  // namespace

Response HandlePasswordRange(const Services& services, const Request& request) {
  if (request.method == "OPTIONS") return Preflight();
  std::uint32_t prefix = 0;
  if (!ParsePrefix(request.Param("prefix"), 5, &prefix)) return BadPrefix();
  if (auto limited = Limit(services, request)) return *limited;
  auto mode = request.Query("mode");
  bool ntlm = mode && EqualsIgnoreCase(*mode, "ntlm");
  auto kind = ntlm ? lookup::HashKind::kNtlm : lookup::HashKind::kSha1;
  const lookup::LookupTable* table = services.hashes ? services.hashes->Find(kind) : nullptr;
  if (!table) return NoStore(ntlm ? "NTLM password" : "SHA-1 password");

  Response r;
  r.content_type = "text/plain";
  r.cache_control = kCacheControl;
  r.headers.reserve(4);  // the four below, without regrowing
  r.SetHeader("Access-Control-Allow-Origin", "*");
  r.SetHeader("Vary", "Add-Padding");
  // The table's creation date: formatted once per thread and table.
  thread_local std::int64_t date_of = -1;
  thread_local std::string date;
  if (date_of != table->info().created_unix) {
    date = HttpDate(table->info().created_unix);
    date_of = table->info().created_unix;
  }
  r.SetHeader("Last-Modified", date);
  auto padding = request.Header("add-padding");
  bool padded = padding && EqualsIgnoreCase(Trim(*padding), "true");
  const std::size_t suffix_chars = table->hash_bytes() * 2 - 5;
  auto lines = table->AppendRange(prefix, &r.body);
  if (!lines.ok()) return JsonError(lines.status());
  if (padded) {
    // The count is fresh from the CSPRNG for every response; the lines come
    // from this thread's pool (hibp_range_padding.h), shared, not copied: the
    // server writes them after the real lines.
    std::size_t pad_lines = PaddingLinesFor(*lines);
    PaddingPool& pool = ThreadPaddingPool(suffix_chars);
    if (pad_lines > 0 && pad_lines <= pool.lines())
      r.body_tail = pool.Share(pad_lines, r.body.empty());
    else
      pool.Append(pad_lines, &r.body);
    // Different bytes every time: no body ETag, and caches keep padded and
    // unpadded answers apart (Vary: Add-Padding); a cached padded body stays correct.
    r.etag = false;
    r.gzip_huffman_only = true;  // random hex: LZ77 would search in vain
  } else {
    // The data's version names the body: cheaper than hashing it, stable across restarts.
    char tag[64];
    std::snprintf(tag, sizeof tag, "W/\"%llx-%llx-%05X%s\"",
                  static_cast<unsigned long long>(table->info().created_unix),
                  static_cast<unsigned long long>(table->info().entries), prefix, ntlm ? "n" : "");
    r.SetHeader("ETag", tag);
  }
  return r;
}

Response HandleIdentifierRange(const Services& services, const Request& request) {
  if (request.method == "OPTIONS") return Preflight();
  std::uint32_t prefix6 = 0;
  if (!ParsePrefix(request.Param("prefix6"), 6, &prefix6)) return BadPrefix();
  if (auto limited = Limit(services, request)) return *limited;
  const lookup::LookupTable* table =
      services.hashes ? services.hashes->Find(lookup::HashKind::kIdentifier) : nullptr;
  if (!table) return NoStore("identifier");
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  Status error;
  Status s = table->ForEachInBucket(prefix6 >> 4, [&](const lookup::Entry& e) {
    if ((e.hash[2] & 15) != (prefix6 & 15) || !error.ok()) return;
    auto names = table->IncidentsOf(e.value);
    if (!names.ok()) {
      error = names.status();
      return;
    }
    nlohmann::ordered_json item;
    item["hashSuffix"] = lookup::ToHexUpper(std::span<const unsigned char>(e.hash + 3, 17));
    item["websites"] = nlohmann::ordered_json::array();
    for (auto n : *names) item["websites"].push_back(std::string(n));
    out.push_back(std::move(item));
  });
  if (!s.ok()) return JsonError(s);
  if (!error.ok()) return JsonError(error);
  Response r;
  r.SetHeader("Access-Control-Allow-Origin", "*");
  if (out.empty()) {
    r.status = 404;
    r.etag = false;
    r.content_type = "text/plain";
    return r;
  }
  r.content_type = "application/json; charset=utf-8";
  r.body = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  r.cache_control = "no-store";  // answers about people: no shared caching
  return r;
}

}  // namespace leakwatch::api
