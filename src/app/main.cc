// leakwatch: collects notices of personal-data leaks and serves them.
// This file only wires the subcommands together; each lives in cmd_*.cc.
#include <cstdio>
#include <cstdlib>

#include "app/cli.h"
#include "text/extract/decode.h"

namespace leakwatch::app {

int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return kExitOk;
    case StatusCode::kNotFound:
      return kExitNotFound;
    case StatusCode::kInvalidArgument:
    case StatusCode::kTooLarge:
      return kExitBadInput;
    default:
      return kExitFailure;
  }
}

void PrintError(std::string_view message) {
  std::fprintf(stderr, "leakwatch: %s\n", text::SanitizeUtf8(message).c_str());
}

int Fail(const Status& status) {
  PrintError(status.message());
  return ExitCodeFor(status);
}

}  // namespace leakwatch::app

int main(int argc, char** argv) {
  using namespace leakwatch::app;
  CLI::App app{"leakwatch: a registry of personal-data leak notices", "leakwatch"};
  app.require_subcommand(1);
  app.fallthrough();  // --db and --quiet may also follow the subcommand
  app.set_version_flag("--version", "leakwatch 0.1.0");
  CliContext ctx;
  const char* env_db = std::getenv("LEAKWATCH_DB");
  ctx.db = env_db && *env_db ? env_db : "leakwatch.db";
  app.add_option("--db", ctx.db, "database file (default ./leakwatch.db, or $LEAKWATCH_DB)")
      ->envname("LEAKWATCH_DB");
  app.add_flag("-q,--quiet", ctx.quiet, "no progress bar and no chatter on stderr");

  AddIngestCommand(app, ctx);
  AddSearchCommand(app, ctx);
  AddShowCommand(app, ctx);
  AddStatsCommand(app, ctx);
  AddExportCommand(app, ctx);
  AddExtractCommand(app, ctx);
  AddServeCommand(app, ctx);
  AddHashesCommand(app, ctx);
  AddCheckCommand(app, ctx);
  AddImportCommand(app, ctx);
  AddDedupeCommand(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitBadInput;
  }
  return ctx.exit_code;
}
