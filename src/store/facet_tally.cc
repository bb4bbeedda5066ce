#include "store/facet_tally.h"

#include <algorithm>
#include <string>

namespace leakwatch::store {

std::vector<std::pair<std::string, std::int64_t>> YearCounts::Counts() const {
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (std::size_t y = 0; y < by_number_.size(); ++y) {
    if (!by_number_[y]) continue;
    std::string name = {static_cast<char>('0' + y / 1000), static_cast<char>('0' + y / 100 % 10),
                        static_cast<char>('0' + y / 10 % 10), static_cast<char>('0' + y % 10)};
    out.emplace_back(std::move(name), by_number_[y]);
  }
  for (const auto& [y, n] : other_) out.emplace_back(std::string(y), n);
  return out;
}

FacetTally::FacetTally(const ColumnSnapshot& cols)
    : cols_(cols),
      type_(cols.types().size()),
      sector_(cols.sectors().size()),
      country_(cols.countries().size()),
      region_(cols.regions().size()) {}

Facets FacetTally::Finish() const {
  auto sorted = [](FacetCounts v) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return v;
  };
  auto from_dictionary = [&](const std::vector<std::int64_t>& counts, const Dictionary& names) {
    FacetCounts v;
    for (std::size_t id = 1; id < counts.size(); ++id)  // id 0: no value
      if (counts[id]) v.emplace_back(names.Name(static_cast<std::uint32_t>(id)), counts[id]);
    return sorted(std::move(v));
  };
  Facets out;
  out.type = from_dictionary(type_, cols_.types());
  out.sector = from_dictionary(sector_, cols_.sectors());
  out.country = from_dictionary(country_, cols_.countries());
  out.region = from_dictionary(region_, cols_.regions());
  auto all_items = record::AllDataItems();
  for (std::size_t b = 0; b < all_items.size() && b < 64; ++b)
    if (items_[b]) out.item.emplace_back(record::ToString(all_items[b]), items_[b]);
  out.item = sorted(std::move(out.item));
  out.year = sorted(years_.Counts());
  return out;
}

}  // namespace leakwatch::store
