// `leakwatch search QUERY [filters] [--sort S] [--limit N] [--cursor C] [--json]`:
// full-text search with filters. Exit 1 when nothing is found. --json prints
// the records as JSON Lines; otherwise one block per hit with a snippet, and
// the total and the next page's cursor on stderr.
#include <unistd.h>

#include <cctype>
#include <cstdio>

#include "app/cli.h"
#include "store/store.h"

namespace leakwatch::app {

namespace {

struct SearchArgs {
  std::string query;
  std::string type, sector, country, region, item, from, to, org, sort = "relevance", cursor;
  std::optional<std::int64_t> min_affected;
  int limit = 20;
  bool json = false;
};

template <typename E>
Status ParseEnum(const std::string& value, const char* flag,
                 std::optional<E> (*parse)(std::string_view), std::span<const E> all,
                 std::optional<E>* out) {
  if (value.empty()) return Status::Ok();
  *out = parse(value);
  if (*out) return Status::Ok();
  std::string names;
  for (E e : all) names += (names.empty() ? "" : ", ") + std::string(record::ToString(e));
  return Status::InvalidArgument(std::string(flag) + ": unknown value '" + value + "' (one of " +
                                 names + ")");
}

Result<store::SearchQuery> MakeQuery(const SearchArgs& a) {
  store::SearchQuery q;
  q.text = a.query;
  LW_RETURN_IF_ERROR(
      ParseEnum(a.type, "--type", record::ParseIncidentType, record::AllIncidentTypes(), &q.type));
  LW_RETURN_IF_ERROR(
      ParseEnum(a.sector, "--sector", record::ParseSector, record::AllSectors(), &q.sector));
  LW_RETURN_IF_ERROR(
      ParseEnum(a.item, "--item", record::ParseDataItem, record::AllDataItems(), &q.item));
  if (!a.country.empty()) {
    std::string c = a.country;
    for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (c.size() != 2 || !std::isalpha(static_cast<unsigned char>(c[0])) ||
        !std::isalpha(static_cast<unsigned char>(c[1])))
      return Status::InvalidArgument("--country: '" + a.country + "' is not a two-letter code");
    q.country = c;
  }
  if (!a.region.empty()) q.region = a.region;
  if (!a.org.empty()) q.organization = a.org;
  for (const auto& [flag, value, field] :
       {std::tuple{"--from", &a.from, &q.from}, std::tuple{"--to", &a.to, &q.to}}) {
    if (value->empty()) continue;
    if (!record::IsIsoDate(*value))
      return Status::InvalidArgument(std::string(flag) + ": '" + *value +
                                     "' is not a YYYY-MM-DD date");
    *field = *value;
  }
  q.min_affected = a.min_affected;
  if (a.sort == "relevance")
    q.sort = store::SortOrder::kRelevance;
  else if (a.sort == "date")
    q.sort = store::SortOrder::kDateDesc;
  else if (a.sort == "date_asc")
    q.sort = store::SortOrder::kDateAsc;
  else if (a.sort == "size")
    q.sort = store::SortOrder::kSizeDesc;
  else
    return Status::InvalidArgument("--sort: unknown value '" + a.sort +
                                   "' (relevance, date, date_asc, size)");
  q.limit = a.limit;
  q.cursor = a.cursor;
  return q;
}

// The snippet with highlight markers turned into bold on a terminal, or removed.
std::string Highlight(std::string s, bool tty) {
  for (auto [marker, with] : {std::pair{store::kHighlightBegin, tty ? "\x1b[1m" : ""},
                              std::pair{store::kHighlightEnd, tty ? "\x1b[0m" : ""}}) {
    for (size_t at = s.find(marker); at != std::string::npos; at = s.find(marker, at))
      s.replace(at, marker.size(), with);
  }
  return s;
}

void PrintHit(const store::SearchHit& hit, bool tty) {
  const record::Incident& r = hit.incident;
  std::string date = r.announced_date.value_or(r.incident_date.value_or("----------"));
  std::string affected;
  if (r.affected.persons)
    affected = std::to_string(*r.affected.persons) + " persons";
  else if (r.affected.records)
    affected = std::to_string(*r.affected.records) + " records";
  std::printf("%s  %s  %s%s%s\n", date.c_str(),
              std::string(record::ToString(r.incident_type)).c_str(),
              r.organization.name.value_or("(unknown organization)").c_str(),
              affected.empty() ? "" : "  ", affected.c_str());
  std::printf("  %s\n", r.title.c_str());
  if (!hit.snippet.empty()) std::printf("  %s\n", Highlight(hit.snippet, tty).c_str());
  std::printf("  id: %s\n\n", r.id.c_str());
}

Status Run(const SearchArgs& args, CliContext& ctx) {
  LW_ASSIGN_OR_RETURN(store::SearchQuery q, MakeQuery(args));
  store::OpenOptions open;
  open.read_only = true;
  open.create_if_missing = false;
  LW_ASSIGN_OR_RETURN(auto store, store::Open(ctx.db, open));
  LW_ASSIGN_OR_RETURN(store::SearchPage page, store->Search(q));
  bool tty = ::isatty(STDOUT_FILENO);
  for (const auto& hit : page.hits) {
    if (args.json)
      std::printf("%s\n", record::ToJsonLine(hit.incident).c_str());
    else
      PrintHit(hit, tty);
  }
  if (!ctx.quiet && !args.json) {
    std::fprintf(stderr, "%zu of %lld incidents\n", page.hits.size(),
                 static_cast<long long>(page.total));
    if (!page.next_cursor.empty())
      std::fprintf(stderr, "next page: --cursor %s\n", page.next_cursor.c_str());
  }
  if (page.hits.empty()) return Status::NotFound("nothing found");
  return Status::Ok();
}

}  // namespace

void AddSearchCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<SearchArgs>();
  auto* cmd = app.add_subcommand("search", "search incidents (exit 1 if nothing is found)");
  cmd->add_option("query", args->query, "words or \"phrases\", Japanese or English; may be empty");
  cmd->add_option("--type", args->type, "incident type, e.g. misdelivery_mail");
  cmd->add_option("--sector", args->sector, "organization sector, e.g. government");
  cmd->add_option("--country", args->country, "ISO 3166-1 alpha-2 code, e.g. JP");
  cmd->add_option("--region", args->region, "prefecture or state as written, e.g. 大阪府");
  cmd->add_option("--item", args->item, "leaked data item, e.g. insurance_number");
  cmd->add_option("--from", args->from, "on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", args->to, "on or before this date (YYYY-MM-DD)");
  cmd->add_option("--min-affected", args->min_affected,
                  "at least this many persons (else records)");
  cmd->add_option("--org", args->org, "exact organization name");
  cmd->add_option("--sort", args->sort, "relevance | date | date_asc | size");
  cmd->add_option("--limit", args->limit, "hits per page, 1..1000 (default 20)");
  cmd->add_option("--cursor", args->cursor, "continue after the page that printed this cursor");
  cmd->add_flag("--json", args->json, "print the records as JSON Lines");
  cmd->callback([args, &ctx] {
    Status st = Run(*args, ctx);
    if (st.code() == StatusCode::kNotFound) {
      ctx.exit_code = kExitNotFound;  // nothing found is an answer, not an error
      return;
    }
    ctx.exit_code = st.ok() ? kExitOk : Fail(st);
  });
}

}  // namespace leakwatch::app
