// GET /api/v1/export/{format}: the whole registry as jsonl, csv, veris or hibp
// (docs/export-formats.md). `?bom=1` adds a UTF-8 BOM to CSV.
#include "api/routes.h"
#include "interop/interop.h"
#include "store/store.h"

namespace leakwatch::api {

namespace {

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
  if (!services.store) return JsonError(503, "unavailable", "no database");
  auto doc = interop::Export(*services.store, *format, options);
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
