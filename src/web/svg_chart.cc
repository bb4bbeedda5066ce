#include "web/svg_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "web/html.h"
#include "web/i18n.h"

namespace leakwatch::web {

namespace {

constexpr std::array<std::string_view, 12> kPalette = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                       "#56B4E9", "#D55E00", "#F0E442", "#000000",
                                                       "#999999", "#882255", "#44AA99", "#117733"};

std::string Svg(std::string_view title, int width, int height, std::string_view inner) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {} "
      "{}\" "
      "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"><title>{}</title>\n{}</svg>\n",
      width, height, EscapeHtml(title), inner);
}

// Axis label: 1,500 / 25k / 2M / 1.5M.
std::string AxisNumber(std::int64_t v) {
  if (v >= 1000000) {
    return v % 1000000 == 0 ? fmt::format("{}M", v / 1000000)
                            : fmt::format("{:.1f}M", static_cast<double>(v) / 1e6);
  }
  if (v >= 10000) return fmt::format("{}k", v / 1000);
  return FormatCount(v);
}

}  // namespace

std::string_view SeriesColor(size_t i) { return kPalette[i % kPalette.size()]; }

std::int64_t NiceCeiling(std::int64_t v) {
  if (v <= 1) return 1;
  std::int64_t base = 1;
  while (base <= v / 10) base *= 10;
  for (std::int64_t m : {1, 2, 5, 10})
    if (m * base >= v) return m * base;
  return 10 * base;
}

std::string StackedBarChart(std::string_view title, const std::vector<std::string>& series,
                            const std::vector<StackedBar>& bars) {
  constexpr int kLeft = 56, kTop = 12, kPlotH = 220, kBottom = 28, kLegendRow = 20;
  const int plot_w = std::max(440, static_cast<int>(bars.size()) * 48);
  const int legend_rows = static_cast<int>((series.size() + 1) / 2);
  const int width = kLeft + plot_w + 16;
  const int height = kTop + kPlotH + kBottom + 8 + legend_rows * kLegendRow;
  std::int64_t max_total = 0;
  for (const auto& b : bars) {
    std::int64_t t = 0;
    for (auto v : b.values) t += std::max<std::int64_t>(v, 0);
    max_total = std::max(max_total, t);
  }
  const std::int64_t top = NiceCeiling(max_total);
  const double scale = static_cast<double>(kPlotH) / static_cast<double>(top);
  std::string s;
  for (int i = 0; i <= 4; ++i) {  // grid lines and axis labels
    std::int64_t v = top * i / 4;
    double y = kTop + kPlotH - static_cast<double>(v) * scale;
    s += fmt::format(
        "<line x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\" class=\"grid\" stroke=\"#ccc\" />"
        "<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\" class=\"axis\">{}</text>\n",
        kLeft, kLeft + plot_w, y, y, kLeft - 6, y + 4, AxisNumber(v));
  }
  const double slot = bars.empty() ? 0 : static_cast<double>(plot_w) / bars.size();
  const double bar_w = std::min(40.0, slot * 0.7);
  for (size_t b = 0; b < bars.size(); ++b) {
    double x = kLeft + slot * b + (slot - bar_w) / 2;
    double y = kTop + kPlotH;
    for (size_t i = 0; i < bars[b].values.size(); ++i) {
      std::int64_t v = std::max<std::int64_t>(bars[b].values[i], 0);
      if (v == 0) continue;
      double h = static_cast<double>(v) * scale;
      y -= h;
      std::string name = i < series.size() ? series[i] : "";
      s += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
          "<title>{} {}: {}</title></rect>\n",
          x, y, bar_w, h, SeriesColor(i), EscapeHtml(bars[b].label), EscapeHtml(name),
          FormatCount(v));
    }
    s +=
        fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" class=\"axis\">{}</text>\n",
                    x + bar_w / 2, kTop + kPlotH + 18, EscapeHtml(bars[b].label));
  }
  for (size_t i = 0; i < series.size(); ++i) {  // legend, two per row
    int col = static_cast<int>(i % 2), row = static_cast<int>(i / 2);
    int x = kLeft + col * (plot_w / 2), y = kTop + kPlotH + kBottom + 8 + row * kLegendRow;
    s += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\" />"
        "<text x=\"{}\" y=\"{}\" class=\"legend\">{}</text>\n",
        x, y, SeriesColor(i), x + 16, y + 11, EscapeHtml(series[i]));
  }
  return Svg(title, width, height, s);
}

std::string HorizontalBarChart(std::string_view title,
                               const std::vector<std::pair<std::string, std::int64_t>>& rows) {
  constexpr int kLabelW = 190, kBarW = 360, kRowH = 26, kTop = 8;
  const int width = kLabelW + kBarW + 90;
  const int height = kTop * 2 + std::max<int>(1, static_cast<int>(rows.size())) * kRowH;
  std::int64_t max_v = 1;
  for (const auto& [label, v] : rows) max_v = std::max(max_v, v);
  std::string s;
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& [label, v] = rows[i];
    double w =
        static_cast<double>(std::max<std::int64_t>(v, 0)) * kBarW / static_cast<double>(max_v);
    int y = kTop + static_cast<int>(i) * kRowH;
    s += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"axis\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"><title>{}: "
        "{}</title></rect>"
        "<text x=\"{:.1f}\" y=\"{}\" class=\"value\">{}</text>\n",
        kLabelW - 8, y + 17, EscapeHtml(Truncate(label, 60)), kLabelW, y + 4, w, kRowH - 8,
        SeriesColor(0), EscapeHtml(label), FormatCount(v), kLabelW + w + 6, y + 17, FormatCount(v));
  }
  return Svg(title, width, height, s);
}

}  // namespace leakwatch::web
