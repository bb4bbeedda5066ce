// Private to interop: the per-format mappings from one input record to an
// ingest item. Each returns the item, or InvalidArgument with the reason the
// record is skipped. Pure functions apart from text::Extract; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "interop/interop.h"
#include "store/store.h"
#include "text/extract.h"

namespace leakwatch::interop {

// One VERIS incident (the whole file `text`). The id is "vcdb-" + the file's
// UUID stem, lower-cased (VCDB's incident_id repeats across some files), or
// "veris-" + incident_id when the file is not named by a UUID.
Result<store::IngestItem> VerisToItem(const std::string& name, std::string_view text);

// The prefix a VERIS partial date is kept under in record.timeline (a year or
// a year and month the record cannot hold as a YYYY-MM-DD date).
inline constexpr std::string_view kVerisIncidentPartial = "VERIS timeline.incident: ";
inline constexpr std::string_view kVerisNoticePartial = "VERIS plus.timeline.notification: ";

// HHS header columns, in the portal's order.
inline constexpr std::string_view kHhsColumns[] = {"Name of Covered Entity",
                                                   "State",
                                                   "Covered Entity Type",
                                                   "Individuals Affected",
                                                   "Breach Submission Date",
                                                   "Type of Breach",
                                                   "Location of Breached Information",
                                                   "Business Associate Present",
                                                   "Web Description"};

// One HHS row (fields in kHhsColumns order) mapped from its columns, before
// the extractor has read its Web Description. `verbatim` is the header line
// and the row exactly as read. InvalidArgument: the reason the row is skipped.
struct HhsRow {
  record::Incident record;
  std::string description;  // Web Description, trimmed; empty: none
  std::string breach_type;  // Type of Breach, trimmed
  store::Provenance provenance;
};
Result<HhsRow> ParseHhsRow(const std::vector<std::string>& fields, const std::string& name,
                           std::string verbatim);
// The extractor's input for the row's description (a view of row.description:
// `row` must outlive it and stay where it is).
text::ExtractInput HhsExtractInput(const HhsRow& row);
// The row as an ingest item, with what `extracted` found in its description
// (nullptr: the extractor did not run or failed; the CSV fields stand alone).
// InvalidArgument: the record does not validate.
Result<store::IngestItem> FinishHhsRow(HhsRow row, const text::ExtractResult* extracted);

// One element of the HIBP breach list.
Result<store::IngestItem> HibpToItem(const nlohmann::json& breach, const std::string& name);

}  // namespace leakwatch::interop
