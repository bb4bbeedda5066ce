// The command-line front end: one CLI11 subcommand per file (cmd_*.cc), wired
// in main.cc. Each Add*Command registers its subcommand on `app`; when chosen,
// its callback runs and stores the process exit code in ctx.exit_code.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

#include "util/status.h"

namespace leakwatch::app {

// Exit codes (README): 0 done, 1 nothing found, 2 bad usage or bad input,
// 3 I/O or storage failure.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNotFound = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitFailure = 3;

// kInvalidArgument/kTooLarge -> 2, kNotFound -> 1, others -> 3.
int ExitCodeFor(const Status& status);
// Prints "leakwatch: <message>" to stderr as UTF-8: messages quote their input ("unknown
// Type of Breach 'Thef\xBA'"), whose bytes that are no UTF-8 print as U+FFFD.
void PrintError(std::string_view message);
// PrintError(status.message()); returns ExitCodeFor(status).
int Fail(const Status& status);

struct CliContext {
  std::string db;      // --db, else $LEAKWATCH_DB, else ./leakwatch.db
  bool quiet = false;  // --quiet: no progress bar, no chatter on stderr
  int exit_code = kExitOk;
};

void AddIngestCommand(CLI::App& app, CliContext& ctx);
void AddSearchCommand(CLI::App& app, CliContext& ctx);
void AddShowCommand(CLI::App& app, CliContext& ctx);
void AddStatsCommand(CLI::App& app, CliContext& ctx);
void AddExportCommand(CLI::App& app, CliContext& ctx);
void AddExtractCommand(CLI::App& app, CliContext& ctx);
void AddServeCommand(CLI::App& app, CliContext& ctx);
void AddHashesCommand(CLI::App& app, CliContext& ctx);
void AddCheckCommand(CLI::App& app, CliContext& ctx);
void AddImportCommand(CLI::App& app, CliContext& ctx);
void AddDedupeCommand(CLI::App& app, CliContext& ctx);

}  // namespace leakwatch::app
