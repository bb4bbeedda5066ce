// Server-rendered charts as inline SVG (no script), used by /stats. Each
// chart is an <svg role="img"> with a <title>; callers put a data <table>
// beside it. Colours are presentation attributes (allowed by the CSP, unlike
// inline style). Pure functions: thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace leakwatch::web {

// A vertical bar, stacked: values[i] belongs to series i.
struct StackedBar {
  std::string label;
  std::vector<std::int64_t> values;
};

// A vertical stacked bar chart with a legend of `series` names. Negative
// values count as 0. An empty `bars` renders an empty frame.
std::string StackedBarChart(std::string_view title, const std::vector<std::string>& series,
                            const std::vector<StackedBar>& bars);

// A horizontal bar chart, one row per (label, value), in the given order.
std::string HorizontalBarChart(std::string_view title,
                               const std::vector<std::pair<std::string, std::int64_t>>& rows);

// Fill colour of series `i` (cycles through a colour-blind-safe palette).
std::string_view SeriesColor(size_t i);

// The largest "nice" number (1, 2, 5 x 10^k) >= v, for the axis; 1 for v <= 0.
std::int64_t NiceCeiling(std::int64_t v);

}  // namespace leakwatch::web
