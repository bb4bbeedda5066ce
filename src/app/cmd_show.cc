// `leakwatch show ID [--json]`: one stored incident, readable or as JSON.
#include <cstdio>

#include "app/cli.h"
#include "store/store.h"

namespace leakwatch::app {

namespace {

struct ShowArgs {
  std::string id;
  bool json = false;
};

void Field(const char* label, std::string_view value) {
  if (!value.empty())
    std::printf("%-14s %.*s\n", label, static_cast<int>(value.size()), value.data());
}

void List(const char* label, const std::vector<std::string>& items) {
  if (items.empty()) return;
  std::printf("%s\n", label);
  for (const auto& s : items) std::printf("  - %s\n", s.c_str());
}

std::string Count(const std::optional<std::int64_t>& n, const char* unit) {
  return n ? std::to_string(*n) + " " + unit : "";
}

void PrintReadable(const store::StoredIncident& s) {
  const record::Incident& r = s.incident;
  std::printf("%s\n\n", r.title.c_str());
  Field("id", r.id);
  Field("organization", r.organization.name.value_or(""));
  if (r.organization.sector) Field("sector", record::ToString(*r.organization.sector));
  std::string place;
  for (const auto* part :
       {&r.organization.locality, &r.organization.region, &r.organization.country})
    if (*part) place += (place.empty() ? "" : ", ") + **part;
  Field("place", place);
  Field("announced", r.announced_date.value_or(""));
  Field("incident date", r.incident_date.value_or(""));
  Field("type", record::ToString(r.incident_type));
  std::string affected;
  for (const std::string& part :
       {Count(r.affected.persons, "persons"), Count(r.affected.households, "households"),
        Count(r.affected.records, "records")})
    if (!part.empty()) affected += (affected.empty() ? "" : ", ") + part;
  Field("affected", affected);
  std::string items;
  for (record::DataItem d : r.data_items)
    items += (items.empty() ? "" : ", ") + std::string(record::ToString(d));
  Field("data items", items);
  std::string raw;
  for (const auto& s : r.data_items_raw) raw += (raw.empty() ? "" : "、") + s;
  Field("as written", raw);
  Field("language", record::ToString(r.language));
  if (r.cause) std::printf("\ncause\n  %s\n", r.cause->c_str());
  if (!r.timeline.empty()) {
    std::printf("\ntimeline\n");
    for (const auto& t : r.timeline)
      std::printf("  %-10s %s\n", t.date.value_or("").c_str(), t.text.c_str());
  }
  if (!r.response.empty()) std::printf("\n");
  List("response", r.response);
  if (!r.prevention.empty()) std::printf("\n");
  List("prevention", r.prevention);
  if (r.contact) std::printf("\ncontact\n  %s\n", r.contact->c_str());
  if (!r.sources.empty()) {
    std::printf("\nsources\n");
    for (const auto& src : r.sources)
      std::printf("  - %s%s%s\n", src.url.value_or("(no url)").c_str(),
                  src.published ? ("  " + *src.published).c_str() : "",
                  src.title ? ("  " + *src.title).c_str() : "");
  }
  std::printf("\n");
  Field("stored from",
        s.provenance.kind + (s.provenance.name.empty() ? "" : ": " + s.provenance.name));
  Field("merged into", s.merged_into);
  if (!s.reports.empty()) List("other reports", s.reports);
}

Status Run(const ShowArgs& args, CliContext& ctx) {
  store::OpenOptions open;
  open.read_only = true;
  open.create_if_missing = false;
  LW_ASSIGN_OR_RETURN(auto store, store::Open(ctx.db, open));
  LW_ASSIGN_OR_RETURN(auto found, store->Get(args.id));
  if (!found) return Status::NotFound("no incident with id '" + args.id + "'");
  if (args.json) {
    std::printf("%s\n", record::ToJson(found->incident).dump(2).c_str());
  } else {
    PrintReadable(*found);
  }
  return Status::Ok();
}

}  // namespace

void AddShowCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<ShowArgs>();
  auto* cmd = app.add_subcommand("show", "print one incident (exit 1 if the id is unknown)");
  cmd->add_option("id", args->id, "incident id")->required();
  cmd->add_flag("--json", args->json, "print the record as JSON");
  cmd->callback([args, &ctx] {
    Status st = Run(*args, ctx);
    ctx.exit_code = st.ok() ? kExitOk : Fail(st);
  });
}

}  // namespace leakwatch::app
