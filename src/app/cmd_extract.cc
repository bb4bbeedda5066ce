// `leakwatch extract [--json] [--url URL] [--lang auto|ja|en] FILE...`: prints
// one incident record per input file as JSON Lines (src/text/extract.h).
// Files that cannot be read or extracted are reported on stderr, one line
// each, and the command exits non-zero after processing the rest. "-" is standard
// input.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include "app/cli.h"
#include "record/incident.h"
#include "text/extract.h"
#include "util/file.h"

namespace leakwatch::app {

namespace {

struct ExtractArgs {
  bool json = false;  // JSON Lines is the only output; the flag is accepted for scripts
  std::string url;
  std::string lang = "auto";
  std::vector<std::string> files;
};

int Run(const ExtractArgs& args) {
  text::ExtractOptions options;
  if (!args.url.empty()) options.url = args.url;
  if (args.lang == "ja") options.language = record::Language::kJa;
  if (args.lang == "en") options.language = record::Language::kEn;
  int exit_code = kExitOk;
  // Files are read and extracted a batch at a time (text::ExtractBatch is faster
  // than one notice at a time); what each gave is printed in the files' order.
  // A batch holds at most kExtractBatch files and, past its first, kExtractBatchBytes.
  struct Pending {
    const std::string* file;
    Result<std::string> data;
  };
  std::vector<Pending> pending;
  auto flush = [&] {
    std::vector<text::ExtractInput> inputs;
    for (const Pending& p : pending) {
      if (!p.data.ok()) continue;
      text::ExtractOptions o = options;
      o.file_name = *p.file == "-" ? "" : *p.file;
      inputs.push_back({*p.data, std::move(o)});
    }
    std::vector<Result<text::ExtractResult>> results = text::ExtractBatch(inputs);
    size_t next = 0;
    for (const Pending& p : pending) {
      Status status = p.data.status();
      if (p.data.ok()) {
        Result<text::ExtractResult>& r = results[next++];
        if (r.ok()) {
          std::string line = record::ToJsonLine(r->incident);
          std::fwrite(line.data(), 1, line.size(), stdout);
          std::fputc('\n', stdout);
          std::fflush(stdout);
          continue;
        }
        status = r.status().WithContext(*p.file);
      }
      exit_code = std::max(exit_code, Fail(status));
    }
    pending.clear();
  };
  size_t batch_bytes = 0;
  for (const std::string& file : args.files) {
    // "-" reads the notice from standard input (a pipe: `curl … | leakwatch extract -`).
    Result<std::string> data =
        util::ReadFile(file == "-" ? "/dev/stdin" : file, options.max_input_bytes);
    const size_t size = data.ok() ? data->size() : 0;
    if (!pending.empty() &&
        (pending.size() == text::kExtractBatch || batch_bytes + size > text::kExtractBatchBytes)) {
      flush();
      batch_bytes = 0;
    }
    pending.push_back({&file, std::move(data)});
    batch_bytes += size;
  }
  flush();
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
  cmd->add_option("FILE", args->files, "notice files (- for standard input)")->required();
  cmd->callback([&ctx, args] { ctx.exit_code = Run(*args); });
}

}  // namespace leakwatch::app
