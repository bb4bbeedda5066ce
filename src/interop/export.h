// Private to interop (the front door is interop.h): one incident in each
// export format, for the exporter, the HTTP handler and the tests.
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace leakwatch::interop {

// The CSV columns, in order (docs/export-formats.md describes each).
const std::vector<std::string>& CsvColumns();
// One incident as CSV fields in CsvColumns() order: lists joined by "; ",
// null as the empty field.
std::vector<std::string> CsvFields(const store::StoredIncident& s);

// One incident as VERIS 1.4.1 JSON, or nullopt when the record states no
// year at all (VERIS requires timeline.incident.year and leakwatch does not guess).
std::optional<nlohmann::ordered_json> ToVeris(const store::StoredIncident& s);

// One incident as an HIBP v3 breach: the original breach object for an
// unmerged record imported from HIBP, else record::BreachFromIncident.
nlohmann::ordered_json ToHibp(const store::StoredIncident& s);

}  // namespace leakwatch::interop
