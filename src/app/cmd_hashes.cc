// `leakwatch hashes build|info|verify`: the hash-range store files served by
// `serve --hashes` (docs/lookup-format.md).
#include <cstdio>
#include <ctime>
#include <string>

#include "app/cli.h"
#include "lookup/input.h"
#include "lookup/lookup_table.h"
#include "lookup/table_builder.h"
#include "util/encoding.h"

namespace leakwatch::app {
namespace {

struct BuildFlags {
  std::string output;
  std::string input;
  std::string type = "sha1";
  std::string default_country = "JP";
  bool strict = false;
  int memory_mib = 512;
  std::string temp_dir;
};

int RunBuild(const CliContext& ctx, const BuildFlags& f) {
  auto kind = lookup::ParseHashKind(f.type);
  if (!kind) return Fail(Status::InvalidArgument("--type must be sha1, ntlm or identifiers"));
  if (f.default_country != "JP" && f.default_country != "US")
    return Fail(Status::InvalidArgument("--default-country must be JP or US"));
  if (f.memory_mib < 16 || f.memory_mib > 900)
    return Fail(Status::InvalidArgument("--memory must be 16..900 MiB"));
  lookup::BuildOptions bo;
  bo.kind = *kind;
  bo.memory_budget = static_cast<std::uint64_t>(f.memory_mib) << 20;
  bo.temp_dir = f.temp_dir;
  bo.quiet = ctx.quiet;
  lookup::TableBuilder builder(bo);
  lookup::InputOptions io;
  io.kind = *kind;
  io.strict = f.strict;
  io.default_country = f.default_country;
  io.quiet = ctx.quiet;
  lookup::InputReport report;
  Status s = lookup::ReadInput(f.input, io, &builder, &report);
  for (const auto& line : report.bad_samples) PrintError("bad line " + line);
  if (report.bad > report.bad_samples.size())
    std::fprintf(stderr, "leakwatch: ... and %llu more bad lines\n",
                 static_cast<unsigned long long>(report.bad - report.bad_samples.size()));
  if (!s.ok()) return Fail(s.WithContext("hashes build"));
  lookup::BuildSummary sum;
  s = builder.Finish(f.output, &sum);
  if (!s.ok()) return Fail(s.WithContext("hashes build"));
  if (!ctx.quiet) {
    std::fprintf(
        stderr,
        "leakwatch: read %llu lines (%llu bad) from %llu file(s); wrote %llu %s hashes to "
        "%s (%llu bytes, %.2f bytes per hash)\n",
        static_cast<unsigned long long>(report.lines), static_cast<unsigned long long>(report.bad),
        static_cast<unsigned long long>(report.files), static_cast<unsigned long long>(sum.entries),
        std::string(lookup::HashKindName(*kind)).c_str(), f.output.c_str(),
        static_cast<unsigned long long>(sum.file_bytes),
        sum.entries ? double(sum.file_bytes) / double(sum.entries) : 0.0);
  }
  return kExitOk;
}

int RunInfo(const std::string& path) {
  auto t = lookup::LookupTable::Open(path);
  if (!t.ok()) return Fail(t.status());
  const auto& i = (*t)->info();
  std::printf("file: %s\nkind: %s\nformat version: %u\nentries: %llu\ncreated: %s\n", path.c_str(),
              std::string(lookup::HashKindName(i.kind)).c_str(), i.version,
              static_cast<unsigned long long>(i.entries),
              util::FormatUtcTimestamp(i.created_unix).c_str());
  std::printf("bytes: %llu\nbytes per entry: %.2f\nlargest bucket: %u\noverflow values: %llu\n",
              static_cast<unsigned long long>(i.file_bytes),
              i.entries ? double(i.file_bytes) / double(i.entries) : 0.0, i.largest_bucket,
              static_cast<unsigned long long>(i.overflow_values));
  if (i.kind == lookup::HashKind::kIdentifier)
    std::printf("incidents: %llu\nincident sets: %llu\nlinks: %llu\n",
                static_cast<unsigned long long>(i.incidents),
                static_cast<unsigned long long>(i.incident_sets),
                static_cast<unsigned long long>(i.value_total));
  else
    std::printf("total count: %llu\n", static_cast<unsigned long long>(i.value_total));
  return kExitOk;
}

int RunVerify(const std::string& path) {
  auto t = lookup::LookupTable::Open(path);
  if (!t.ok()) return Fail(t.status());
  Status s = (*t)->Verify();
  if (!s.ok()) return Fail(s.WithContext(path));
  std::printf("%s: OK (%llu entries, checksums and order verified)\n", path.c_str(),
              static_cast<unsigned long long>((*t)->info().entries));
  return kExitOk;
}

}  // namespace

void AddHashesCommand(CLI::App& app, CliContext& ctx) {
  auto* cmd = app.add_subcommand("hashes", "build and inspect hash-range store files (.lwh)");
  cmd->require_subcommand(1);

  static BuildFlags build;
  auto* b = cmd->add_subcommand("build", "build a store from HIBP downloads or an identifier list");
  b->add_option("-o,--output", build.output, "the store file to write (atomically)")->required();
  b->add_option("input", build.input,
                "a folder of per-prefix files (00000.txt ...), a HASH:COUNT file, or for "
                "--type identifiers an 'e-mail|phone,incident_id' file")
      ->required();
  b->add_option("--type", build.type, "sha1 (default), ntlm or identifiers");
  b->add_option("--default-country", build.default_country,
                "country of phone numbers without +: JP (default) or US");
  b->add_flag("--strict", build.strict, "fail on the first bad line");
  b->add_option("--memory", build.memory_mib, "MiB of hashes sorted in memory (default 512)");
  b->add_option("--tmp-dir", build.temp_dir, "directory for sort runs (default $TMPDIR or /tmp)");
  b->callback([&ctx] { ctx.exit_code = RunBuild(ctx, build); });

  static std::string info_path, verify_path;
  auto* i = cmd->add_subcommand("info", "print a store's header: kind, counts, creation time");
  i->add_option("file", info_path, "store file")->required();
  i->callback([&ctx] { ctx.exit_code = RunInfo(info_path); });

  auto* v = cmd->add_subcommand("verify", "check a store's checksums and hash order");
  v->add_option("file", verify_path, "store file")->required();
  v->callback([&ctx] { ctx.exit_code = RunVerify(verify_path); });
}

}  // namespace leakwatch::app
