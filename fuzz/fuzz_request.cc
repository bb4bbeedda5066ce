// libFuzzer target: a request target as a hostile client may send it, through what the
// search routes (/api/v1/incidents, /search, the Atom feed) do with it: http::ParseTarget,
// api::ParseSearchParams, then a search of a small SQLite store (store::BuildFtsQuery,
// FTS5 with the "leakwatch" tokenizer, the filters, sorting, cursors, snippets).
// - What ParseTarget accepts keeps target.h's promises: a path that starts with '/', no
//   dot segments, no backslash, no control character; names and values valid UTF-8
//   without NUL.
// - A query that parses comes back the same through api::SearchParamsOf and a second parse
//   (next-page and feed links are built that way).
// - The search answers or refuses with an error; it never crashes or hangs.
#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/handler.h"
#include "api/search_params.h"
#include "http/target.h"
#include "record/incident.h"
#include "store/store.h"

namespace {

using namespace leakwatch;

[[noreturn]] void Fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "%s: %.*s\n", what, static_cast<int>(detail.size()), detail.data());
  __builtin_trap();
}

record::Incident Incident(std::string id, std::string title, std::string org, std::string region,
                          std::string date, record::IncidentType type,
                          std::vector<record::DataItem> items, std::int64_t persons,
                          record::Language language) {
  record::Incident i;
  i.id = std::move(id);
  i.language = language;
  i.title = std::move(title);
  i.organization.name = std::move(org);
  i.organization.region = std::move(region);
  i.organization.country = language == record::Language::kJa ? "JP" : "US";
  i.announced_date = std::move(date);
  i.incident_type = type;
  i.data_items = std::move(items);
  record::NormalizeDataItems(i.data_items);
  i.affected.persons = persons;
  return i;
}

// A store of its own, in a new temporary directory, with a few records in both languages.
store::Store& Store() {
  static store::Store* store = [] {
    static char dir[] = "/tmp/lw-fuzz-request-XXXXXX";
    if (mkdtemp(dir) == nullptr) Fail("mkdtemp", dir);
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
    });
    store::OpenOptions options;
    options.search_threads = 0;
    options.result_cache_entries = 0;  // every input searches
    auto opened = store::Open(std::string(dir) + "/fuzz.db", options);
    if (!opened.ok()) Fail("open", opened.status().ToString());
    using record::DataItem;
    using record::IncidentType;
    const record::Incident incidents[] = {
        Incident("2011-10-21-osaka-nishinari", "国民健康保険証の誤送付について", "大阪市西成区役所",
                 "大阪府", "2011-10-21", IncidentType::kMisdeliveryMail,
                 {DataItem::kName, DataItem::kAddress, DataItem::kInsuranceNumber}, 8,
                 record::Language::kJa),
        Incident("2023-06-01-school-usb", "生徒の成績を保存したUSBメモリの紛失", "市立第一中学校",
                 "東京都", "2023-06-01", IncidentType::kLoss, {DataItem::kName}, 120,
                 record::Language::kJa),
        Incident("2024-02-14-clinic-email", "Patient emails sent to the wrong recipients",
                 "Lakeside Clinic", "Oregon", "2024-02-14", IncidentType::kMisdeliveryEmail,
                 {DataItem::kName, DataItem::kEmail}, 1500, record::Language::kEn)};
    std::vector<store::IngestItem> batch;
    for (const record::Incident& i : incidents) batch.push_back({i, {"record", i.id, ""}});
    store::PutSummary summary;
    if (Status st = (*opened)->Put(batch, &summary); !st.ok()) Fail("put", st.ToString());
    return opened->release();
  }();
  return *store;
}

void CheckTarget(const http::Target& t) {
  if (t.path.empty() || t.path[0] != '/') Fail("path does not start with '/'", t.path);
  if (!http::IsValidUtf8(t.path)) Fail("path is not UTF-8", t.path);
  for (unsigned char c : t.path)
    if (c < 0x20 || c == 0x7F || c == '\\') Fail("control character or backslash in path", t.path);
  for (size_t s = 0; s < t.path.size();) {
    size_t e = t.path.find('/', s + 1);
    if (e == std::string::npos) e = t.path.size();
    const std::string_view segment = std::string_view(t.path).substr(s + 1, e - s - 1);
    if (segment == "." || segment == "..") Fail("dot segment in path", t.path);
    s = e;
  }
  for (const auto& [name, value] : t.query)
    for (const std::string* s : {&name, &value})
      if (!http::IsValidUtf8(*s) || s->find('\0') != std::string::npos)
        Fail("query part is not clean UTF-8", *s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return -1;  // (the parsers are linear; longer inputs only slow the search)
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  auto target = http::ParseTarget(raw);
  if (!target.ok()) return 0;
  CheckTarget(*target);

  api::Request request;
  request.method = "GET";
  request.target = std::string(raw);
  request.path = target->path;
  request.query = target->query;
  auto query = api::ParseSearchParams(request);
  if (!query.ok()) return 0;

  // Next-page and feed links: the parameters of the query must give the query back.
  api::Request again = request;
  again.query = api::SearchParamsOf(*query);
  auto reparsed = api::ParseSearchParams(again);
  if (!reparsed.ok())
    Fail("SearchParamsOf gave parameters that do not parse", reparsed.status().ToString());
  if (api::SearchParamsOf(*reparsed) != again.query || reparsed->limit != query->limit ||
      reparsed->cursor != query->cursor)
    Fail("the query changed through SearchParamsOf", raw);

  auto page = Store().Search(*query);
  if (page.ok() && page->hits.size() > static_cast<size_t>(query->limit))
    Fail("more hits than the limit", raw);
  return 0;
}
