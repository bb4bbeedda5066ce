// `leakwatch stats [--json]`: counts per year and type, sector, data item, region.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/cli.h"
#include "store/store.h"

namespace leakwatch::app {

namespace {

nlohmann::ordered_json ToJson(const store::Statistics& st) {
  nlohmann::ordered_json j;
  j["incidents"] = st.incidents;
  j["persons_affected"] = st.persons_affected;
  nlohmann::ordered_json years = nlohmann::ordered_json::array();
  for (const auto& [year, types] : st.per_year_type) {
    nlohmann::ordered_json y;
    y["year"] = year;
    auto persons = st.persons_per_year.find(year);
    y["persons_affected"] = persons == st.persons_per_year.end() ? 0 : persons->second;
    y["types"] = types;
    years.push_back(std::move(y));
  }
  j["per_year"] = std::move(years);
  for (const auto& [key, counts] :
       {std::pair{"per_sector", &st.per_sector}, std::pair{"per_item", &st.per_item},
        std::pair{"per_region", &st.per_region}}) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& [name, n] : *counts) list.push_back({{"name", name}, {"count", n}});
    j[key] = std::move(list);
  }
  return j;
}

void PrintCounts(const char* title, const store::FacetCounts& counts) {
  if (counts.empty()) return;
  std::printf("\n%s\n", title);
  for (const auto& [name, n] : counts)
    std::printf("  %-28s %8lld\n", name.c_str(), static_cast<long long>(n));
}

void PrintReadable(const store::Statistics& st) {
  std::printf("incidents         %lld\n", static_cast<long long>(st.incidents));
  std::printf("persons affected  %lld (where stated)\n",
              static_cast<long long>(st.persons_affected));
  if (!st.per_year_type.empty()) {
    std::printf("\nyear  incidents    persons  types\n");
    for (const auto& [year, types] : st.per_year_type) {
      long long total = 0;
      std::string list;
      for (const auto& [type, n] : types) {
        total += n;
        list += (list.empty() ? "" : ", ") + type + " " + std::to_string(n);
      }
      auto persons = st.persons_per_year.find(year);
      std::printf(
          "%4d  %9lld  %9lld  %s\n", year, total,
          static_cast<long long>(persons == st.persons_per_year.end() ? 0 : persons->second),
          list.c_str());
    }
  }
  PrintCounts("by sector", st.per_sector);
  PrintCounts("by data item", st.per_item);
  PrintCounts("by region", st.per_region);
}

}  // namespace

void AddStatsCommand(CLI::App& app, CliContext& ctx) {
  auto json = std::make_shared<bool>(false);
  auto* cmd =
      app.add_subcommand("stats", "counts of stored incidents by year, type, sector, item, region");
  cmd->add_flag("--json", *json, "print the statistics as JSON");
  cmd->callback([json, &ctx] {
    store::OpenOptions open;
    open.read_only = true;
    open.create_if_missing = false;
    auto store = store::Open(ctx.db, open);
    if (!store.ok()) {
      ctx.exit_code = Fail(store.status());
      return;
    }
    auto st = (*store)->ComputeStatistics();
    if (!st.ok()) {
      ctx.exit_code = Fail(st.status());
      return;
    }
    if (*json)
      std::printf("%s\n", ToJson(*st).dump(2).c_str());
    else
      PrintReadable(*st);
    ctx.exit_code = kExitOk;
  });
}

}  // namespace leakwatch::app
