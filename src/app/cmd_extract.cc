// `leakwatch extract [--json] [--url URL] [--lang auto|ja|en] FILE...`: prints
// one incident record per input file as JSON Lines (src/text/extract.h).
// Files that cannot be read or extracted are reported on stderr, one line
// each, and the command exits non-zero after processing the rest.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>

#include "app/cli.h"
#include "record/incident.h"
#include "text/extract.h"

namespace leakwatch::app {

namespace {

struct ExtractArgs {
  bool json = false;  // JSON Lines is the only output; the flag is accepted for scripts
  std::string url;
  std::string lang = "auto";
  std::vector<std::string> files;
};

Result<std::string> ReadFile(const std::string& path, size_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::IoError(path + ": cannot read");
  if (static_cast<size_t>(size) > limit)
    return Status::TooLarge(path + ": " + std::to_string(size) + " bytes, over the limit of " +
                            std::to_string(limit));
  in.seekg(0);
  std::string data(static_cast<size_t>(size), '\0');
  if (size > 0 && !in.read(data.data(), size)) return Status::IoError(path + ": read failed");
  return data;
}

int Run(const ExtractArgs& args) {
  text::ExtractOptions options;
  if (!args.url.empty()) options.url = args.url;
  if (args.lang == "ja") options.language = record::Language::kJa;
  if (args.lang == "en") options.language = record::Language::kEn;
  int exit_code = kExitOk;
  for (const std::string& file : args.files) {
    options.file_name = file;
    Result<std::string> data = ReadFile(file, options.max_input_bytes);
    Status status = data.status();
    if (data.ok()) {
      Result<text::ExtractResult> r = text::Extract(*data, options);
      if (r.ok()) {
        std::string line = record::ToJsonLine(r->incident);
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
        continue;
      }
      status = r.status().WithContext(file);
    }
    exit_code = std::max(exit_code, Fail(status));
  }
  return exit_code;
}

}  // namespace

void AddExtractCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "extract an incident record (JSON Lines) from each notice file (text or HTML)");
  cmd->add_flag("--json", args->json, "print JSON Lines (the default and only format)");
  cmd->add_option("--url", args->url, "where the notice was published (used for place and id)");
  cmd->add_option("--lang", args->lang, "notice language")
      ->check(CLI::IsMember({"auto", "ja", "en"}));
  cmd->add_option("FILE", args->files, "notice files")->required();
  cmd->callback([&ctx, args] { ctx.exit_code = Run(*args); });
}

}  // namespace leakwatch::app
