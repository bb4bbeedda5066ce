// GET /api/v1/export/{format}: the registry as jsonl, csv, veris or hibp
// (docs/export-formats.md). `?bom=1` adds a UTF-8 BOM to CSV; the search
// parameters of /api/v1/incidents narrow it to the matching incidents.
#include "api/routes.h"
#include "api/search_params.h"
#include "interop/interop.h"
#include "store/store.h"

namespace leakwatch::api {

namespace {

// An export is built in memory before it is sent; past this size the client is
// sent to the bulk files (`leakwatch export` streams to a file of any size).
constexpr std::uint64_t kMaxExportBytes = 256ull << 20;

Response HandleExport(const Services& services, const Request& req) {
  std::string name = req.Param("format");
  auto format = interop::ParseExportFormat(name);
  if (!format) return JsonError(404, "not_found", "no export format '" + name + "'");
  interop::ExportOptions options;
  if (auto bom = req.Query("bom")) {
    if (*bom != "0" && *bom != "1") return JsonError(400, "invalid_argument", "bom must be 0 or 1");
    if (*bom == "1" && *format != interop::ExportFormat::kCsv)
      return JsonError(400, "invalid_argument", "bom applies to csv only");
    options.bom = *bom == "1";
  }
  auto query = ParseSearchParams(req);
  if (!query.ok()) return JsonError(query.status());
  if (!SearchParamsOf(*query).empty()) options.query = std::move(query).value();
  options.max_bytes = kMaxExportBytes;
  if (!services.store) return JsonError(503, "unavailable", "no database");
  auto doc = interop::Export(*services.store, *format, options);
  if (doc.status().code() == StatusCode::kTooLarge)
    return JsonError(503, "export_too_large",
                     doc.status().message() +
                         "; narrow it with search parameters or use the published bulk files");
  if (!doc.ok()) return JsonError(doc.status());
  Response res;
  res.content_type = std::string(interop::ContentTypeFor(*format));
  std::string ext = *format == interop::ExportFormat::kJsonl ? "jsonl"
                    : *format == interop::ExportFormat::kCsv ? "csv"
                                                             : "json";
  res.SetHeader("Content-Disposition",
                "attachment; filename=\"leakwatch-" + name + "." + ext + "\"");
  res.body = std::move(doc).value();
  return res;
}

}  // namespace

std::vector<Route> ExportRoutes() {
  return {{{"GET"}, "/api/v1/export/{format}", HandleExport, /*blocking=*/true}};
}

}  // namespace leakwatch::api
