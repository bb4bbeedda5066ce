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

struct HhsRowResult {
  store::IngestItem item;
  bool extract_failed = false;
};
// One HHS row (fields in kHhsColumns order); `verbatim` is the header line and
// the row exactly as read; `extract` runs text::Extract on the description.
Result<HhsRowResult> HhsRowToItem(const std::vector<std::string>& fields, const std::string& name,
                                  std::string verbatim, bool extract);

// One element of the HIBP breach list.
Result<store::IngestItem> HibpToItem(const nlohmann::json& breach, const std::string& name);

}  // namespace leakwatch::interop
