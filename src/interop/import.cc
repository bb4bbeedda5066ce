// Import driver: reads inputs, parses them per format, stores in batches, reports.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "interop/csv.h"
#include "interop/import_internal.h"
#include "interop/interop.h"
#include "text/extract/decode.h"
#include "util/file.h"
#include "util/progress.h"

namespace leakwatch::interop {

namespace fs = std::filesystem;
using nlohmann::json;

std::string_view ToString(Format f) {
  switch (f) {
    case Format::kVeris:
      return "veris";
    case Format::kHhs:
      return "hhs";
    case Format::kHibp:
      return "hibp";
  }
  return "?";
}

std::optional<Format> ParseFormat(std::string_view s) {
  if (s == "veris" || s == "vcdb") return Format::kVeris;
  if (s == "hhs") return Format::kHhs;
  if (s == "hibp") return Format::kHibp;
  return std::nullopt;
}

namespace {

// Records a skip; in strict mode turns it into the returned error.
Status AddSkip(Parsed* out, const ImportOptions& options, Skip skip) {
  Status st = options.strict
                  ? Status::InvalidArgument(skip.file + (skip.position.empty() ? "" : ": ") +
                                            skip.position + ": " + skip.reason)
                  : Status::Ok();
  out->skips.push_back(std::move(skip));
  return st;
}

Status ParseHhs(const std::string& name, std::string_view text, const ImportOptions& options,
                Parsed* out) {
  CsvReader reader(text);
  CsvRecord rec;
  Status st;
  std::size_t begin = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  if (!reader.Next(&rec, &st)) return AddSkip(out, options, {name, "", "empty file"});
  std::size_t header_end = reader.offset();
  std::string header(text.substr(begin, header_end - begin));
  bool header_ok = st.ok() && rec.fields.size() == std::size(kHhsColumns);
  for (std::size_t i = 0; header_ok && i < rec.fields.size(); ++i)
    header_ok = rec.fields[i] == kHhsColumns[i];
  if (!header_ok) return AddSkip(out, options, {name, "line 1", "not an HHS breach report header"});
  // Rows wait here so that their descriptions are extracted text::kExtractBatch at a
  // time (ExtractBatch: 5% fewer estimated cycles than one Extract per row); they are
  // mapped before any later row's skip, so items and skips keep the file's order.
  std::vector<HhsRow> rows;
  std::vector<std::string> row_positions;
  size_t description_bytes = 0;  // of the waiting rows
  auto flush = [&]() -> Status {
    std::vector<text::ExtractInput> inputs;
    std::vector<size_t> input_of(rows.size(), SIZE_MAX);
    if (options.extract)
      for (size_t i = 0; i < rows.size(); ++i)
        if (!rows[i].description.empty()) {
          input_of[i] = inputs.size();
          inputs.push_back(HhsExtractInput(rows[i]));
        }
    std::vector<Result<text::ExtractResult>> extracted = text::ExtractBatch(inputs);
    Status status = Status::Ok();  // the first skip's, in strict mode
    for (size_t i = 0; i < rows.size() && status.ok(); ++i) {
      const text::ExtractResult* ex = nullptr;
      if (input_of[i] != SIZE_MAX) {
        if (Result<text::ExtractResult>& e = extracted[input_of[i]]; e.ok())
          ex = &*e;
        else
          ++out->extract_failed;
      }
      auto item = FinishHhsRow(std::move(rows[i]), ex);
      if (!item.ok()) {
        status = AddSkip(out, options, {name, row_positions[i], item.status().message()});
        continue;
      }
      out->items.push_back(std::move(item).value());
      out->positions.push_back(std::move(row_positions[i]));
    }
    rows.clear();
    row_positions.clear();
    description_bytes = 0;
    return status;
  };
  while (true) {
    std::size_t start = reader.offset();
    if (!reader.Next(&rec, &st)) break;
    ++out->read;
    std::string pos = "line " + std::to_string(rec.line);
    if (!st.ok()) {
      std::string reason = st.message();  // "line N: ..." -> "...": the position says it
      if (reason.rfind("line ", 0) == 0 && reason.find(": ") != std::string::npos)
        reason = reason.substr(reason.find(": ") + 2);
      LW_RETURN_IF_ERROR(flush());
      LW_RETURN_IF_ERROR(AddSkip(out, options, {name, pos, reason}));
      continue;
    }
    std::string verbatim = header + std::string(text.substr(start, reader.offset() - start));
    auto row = ParseHhsRow(rec.fields, name, std::move(verbatim));
    if (!row.ok()) {
      LW_RETURN_IF_ERROR(flush());
      LW_RETURN_IF_ERROR(AddSkip(out, options, {name, pos, row.status().message()}));
      continue;
    }
    // A batch holds at most kExtractBatch rows and, past its first, kExtractBatchBytes.
    if (!rows.empty() && (rows.size() == text::kExtractBatch ||
                          description_bytes + row->description.size() > text::kExtractBatchBytes))
      LW_RETURN_IF_ERROR(flush());
    description_bytes += row->description.size();
    rows.push_back(std::move(row).value());
    row_positions.push_back(std::move(pos));
  }
  return flush();
}

Status ParseHibp(const std::string& name, std::string_view text, const ImportOptions& options,
                 Parsed* out) {
  json j;
  try {
    j = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    return AddSkip(out, options,
                   {name, "byte " + std::to_string(e.byte), "malformed JSON: whole file skipped"});
  } catch (const json::exception& e) {  // e.g. out_of_range.406: a number like 1e400
    return AddSkip(out, options,
                   {name, "", std::string("malformed JSON: whole file skipped: ") + e.what()});
  }
  if (!j.is_array()) return AddSkip(out, options, {name, "", "not a JSON array of breaches"});
  for (std::size_t i = 0; i < j.size(); ++i) {
    ++out->read;
    Result<store::IngestItem> item = Status::Internal("unset");
    try {
      item = HibpToItem(j[i], name);
    } catch (const json::exception& e) {
      item = Status::InvalidArgument(std::string("unexpected JSON shape: ") + e.what());
    }
    if (!item.ok()) {
      LW_RETURN_IF_ERROR(
          AddSkip(out, options, {name, "[" + std::to_string(i) + "]", item.status().message()}));
      continue;
    }
    out->items.push_back(std::move(item).value());
    out->positions.push_back("[" + std::to_string(i) + "]");
  }
  return Status::Ok();
}

// The files an input names: a VERIS directory expands to its *.json / *.JSON files, sorted.
Result<std::vector<std::string>> FilesOf(const ImportInput& in) {
  std::error_code ec;
  if (in.format == Format::kVeris && fs::is_directory(in.path, ec)) {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(in.path, ec)) {
      std::string ext = e.path().extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
      if (e.is_regular_file() && ext == ".json") files.push_back(e.path().string());
    }
    if (ec) return Status::IoError(in.path + ": " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
  }
  return std::vector<std::string>{in.path};
}

}  // namespace

Status ParseInput(Format format, const std::string& name, std::string_view text,
                  const ImportOptions& options, Parsed* out) {
  switch (format) {
    case Format::kVeris: {
      ++out->read;
      auto item = VerisToItem(name, text);
      if (!item.ok()) return AddSkip(out, options, {name, "", item.status().message()});
      out->items.push_back(std::move(item).value());
      out->positions.emplace_back();
      return Status::Ok();
    }
    case Format::kHhs:
      return ParseHhs(name, text, options, out);
    case Format::kHibp:
      return ParseHibp(name, text, options, out);
  }
  return Status::Internal("unknown format");
}

Status Import(std::span<const ImportInput> inputs, store::Store& store,
              const ImportOptions& options, ImportReport* report) {
  auto t0 = std::chrono::steady_clock::now();
  // Parse everything first: strict mode then stores nothing on a bad record.
  std::vector<std::pair<Format, Parsed>> parsed;
  std::vector<std::vector<std::string>> files;
  std::size_t total_files = 0;
  for (const auto& in : inputs) {
    LW_ASSIGN_OR_RETURN(auto f, FilesOf(in));
    total_files += f.size();
    files.push_back(std::move(f));
  }
  {
    util::Progress progress("reading", total_files, "files", options.quiet);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      for (const auto& file : files[i]) {
        Parsed p;
        auto& counts = report->per_format[std::string(ToString(inputs[i].format))];
        ++counts.files;
        auto text = util::ReadFile(file);
        if (!text.ok()) {
          if (options.strict) return text.status();
          report->skips.push_back({file, "", text.status().message()});
          progress.Add();
          continue;
        }
        LW_RETURN_IF_ERROR(ParseInput(inputs[i].format, file, *text, options, &p));
        parsed.emplace_back(inputs[i].format, std::move(p));
        progress.Add();
      }
    }
  }
  std::size_t total_items = 0;
  for (const auto& [f, p] : parsed) total_items += p.items.size();
  util::Progress progress("importing", total_items, "records", options.quiet);
  std::unordered_map<std::string, std::string> seen;  // id -> "file position"
  // One batch spans files of a format (VERIS is one file per record) and is
  // flushed when full or when the format changes, so counts stay per format.
  std::vector<store::IngestItem> batch;
  FormatCounts* batch_counts = nullptr;
  auto flush = [&]() -> Status {
    if (batch.empty()) return Status::Ok();
    store::PutSummary sum;
    LW_RETURN_IF_ERROR(store.Put(batch, &sum));
    batch_counts->inserted += sum.inserted;
    batch_counts->updated += sum.updated;
    batch_counts->unchanged += sum.unchanged;
    progress.Add(batch.size());
    batch.clear();
    return Status::Ok();
  };
  for (auto& [format, p] : parsed) {
    auto& counts = report->per_format[std::string(ToString(format))];
    if (batch_counts != &counts) LW_RETURN_IF_ERROR(flush());
    batch_counts = &counts;
    counts.read += p.read;
    counts.extract_failed += p.extract_failed;
    for (auto& s : p.skips) report->skips.push_back(std::move(s));
    counts.skipped += static_cast<std::int64_t>(p.skips.size());
    for (std::size_t k = 0; k < p.items.size(); ++k) {
      auto& item = p.items[k];
      std::string pos = k < p.positions.size() ? p.positions[k] : "";
      auto [it, fresh] =
          seen.emplace(item.incident.id, item.provenance.name + (pos.empty() ? "" : ": " + pos));
      if (!fresh) {
        report->skips.push_back(
            {item.provenance.name, pos,
             "duplicate of " + it->second + " (same id " + item.incident.id + ")"});
        ++counts.skipped;
        continue;
      }
      batch.push_back(std::move(item));
      if (batch.size() >= options.batch) LW_RETURN_IF_ERROR(flush());
    }
  }
  LW_RETURN_IF_ERROR(flush());
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return Status::Ok();
}

std::string ImportReport::ToText() const {
  std::string out;
  for (const auto& [name, c] : per_format) {
    out += name + ": " + std::to_string(c.files) + " file(s), " + std::to_string(c.read) +
           " record(s) read, " + std::to_string(c.inserted) + " new, " + std::to_string(c.updated) +
           " updated, " + std::to_string(c.unchanged) + " unchanged, " + std::to_string(c.skipped) +
           " skipped";
    if (c.extract_failed)
      out += ", extractor failed on " + std::to_string(c.extract_failed) +
             " description(s) (CSV fields kept)";
    out += "\n";
  }
  for (const auto& s : skips) {
    out += "skipped: " + s.file + (s.position.empty() ? "" : ": " + s.position) + ": " + s.reason +
           "\n";
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "time: %.2f s\n", seconds);
  out += buf;
  // A reason quotes the input's own bytes ("unknown Type of Breach 'Thef\xBA'"), and a
  // file name is whatever bytes the path has: the report goes to a terminal or a pipe as
  // UTF-8 all the same.
  return text::SanitizeUtf8(out);
}

}  // namespace leakwatch::interop
