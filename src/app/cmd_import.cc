// `leakwatch import`: VERIS / VCDB JSON, the HHS breach CSV and the HIBP breach
// list into the database, in one run (docs/import-formats.md).
//
//   leakwatch import --from veris DIR --from hhs A.csv B.csv --from hibp breaches.json
//   leakwatch import PATH...        (format detected from each path)
#include <cstdio>
#include <filesystem>

#include "app/cli.h"
#include "interop/dedupe.h"
#include "interop/interop.h"
#include "store/store.h"
#include "util/file.h"

namespace leakwatch::app {

namespace {

// A directory or a .json object is VERIS; a .csv is HHS; a .json array is HIBP.
Result<interop::Format> Detect(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return interop::Format::kVeris;
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".csv") return interop::Format::kHhs;
  if (ext == ".json") {
    LW_ASSIGN_OR_RETURN(std::string text, util::ReadFile(path));
    for (char c : text) {
      if (c == '[') return interop::Format::kHibp;
      if (c == '{') return interop::Format::kVeris;
      if (!std::isspace(static_cast<unsigned char>(c))) break;
    }
  }
  return Status::InvalidArgument("cannot tell the format of " + path +
                                 ": use --from veris|hhs|hibp");
}

struct ImportArgs {
  std::vector<std::vector<std::string>> from;
  std::vector<std::string> paths;
  bool strict = false;
  bool no_extract = false;
  bool dedupe = false;
};

Status Run(const ImportArgs& args, const CliContext& ctx) {
  std::vector<interop::ImportInput> inputs;
  for (const auto& group : args.from) {
    if (group.size() < 2)
      return Status::InvalidArgument("--from needs a format and at least one path");
    auto format = interop::ParseFormat(group[0]);
    if (!format)
      return Status::InvalidArgument("unknown format '" + group[0] + "' (veris|hhs|hibp)");
    for (std::size_t i = 1; i < group.size(); ++i) inputs.push_back({*format, group[i]});
  }
  for (const auto& p : args.paths) {
    LW_ASSIGN_OR_RETURN(auto format, Detect(p));
    inputs.push_back({format, p});
  }
  if (inputs.empty())
    return Status::InvalidArgument("nothing to import: give --from FORMAT PATH...");
  LW_ASSIGN_OR_RETURN(auto store, store::Open(ctx.db));
  interop::ImportOptions options;
  options.strict = args.strict;
  options.quiet = ctx.quiet;
  options.extract = !args.no_extract;
  interop::ImportReport report;
  Status st = interop::Import(inputs, *store, options, &report);
  std::fputs(report.ToText().c_str(), stdout);
  LW_RETURN_IF_ERROR(st);
  if (args.dedupe) {
    interop::DedupeReport dr;
    LW_RETURN_IF_ERROR(interop::Dedupe(*store, {}, /*dry_run=*/false, &dr));
    std::printf("dedupe: %zu clusters merged (%lld records, %.2f s)\n", dr.clusters.size(),
                static_cast<long long>(dr.records), dr.seconds);
  }
  return Status::Ok();
}

}  // namespace

void AddImportCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd =
      app.add_subcommand("import", "import VERIS/VCDB JSON, HHS breach CSV and HIBP breaches");
  cmd->add_option("--from", args->from, "FORMAT PATH...: veris (files or a directory), hhs, hibp")
      ->allow_extra_args();
  cmd->add_option("paths", args->paths, "more inputs, format detected from each path");
  cmd->add_flag("--strict", args->strict, "stop at the first bad record (exit 2), storing nothing");
  cmd->add_flag("--no-extract", args->no_extract, "do not run the extractor on HHS descriptions");
  cmd->add_flag("--dedupe", args->dedupe, "merge reports of one incident after importing");
  cmd->callback([args, &ctx] {
    Status st = Run(*args, ctx);
    ctx.exit_code = st.ok() ? kExitOk : Fail(st);
  });
}

}  // namespace leakwatch::app
