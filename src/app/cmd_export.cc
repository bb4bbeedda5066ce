// `leakwatch export --format jsonl|csv|veris|hibp [-o FILE] [--bom]`
// (docs/export-formats.md). -o writes atomically (temp file, fsync, rename).
#include <cstdio>

#include "app/cli.h"
#include "interop/interop.h"
#include "store/store.h"
#include "util/file.h"

namespace leakwatch::app {

namespace {

struct ExportArgs {
  std::string format;
  std::string output;
  bool bom = false;
};

Status Run(const ExportArgs& args, const CliContext& ctx) {
  auto format = interop::ParseExportFormat(args.format);
  if (!format)
    return Status::InvalidArgument("unknown format '" + args.format + "' (jsonl|csv|veris|hibp)");
  if (args.bom && *format != interop::ExportFormat::kCsv)
    return Status::InvalidArgument("--bom applies to --format csv only");
  store::OpenOptions open;
  open.read_only = true;
  open.create_if_missing = false;
  LW_ASSIGN_OR_RETURN(auto store, store::Open(ctx.db, open));
  // The document is streamed: a registry of millions of incidents is
  // larger than memory.
  const interop::ExportOptions options{.bom = args.bom};
  if (!args.output.empty() && args.output != "-") {
    LW_ASSIGN_OR_RETURN(auto file, util::AtomicFile::Create(args.output));
    LW_RETURN_IF_ERROR(interop::ExportTo(
        *store, *format, options, [&](std::string_view piece) { return file->Append(piece); }));
    return file->Commit();
  }
  LW_RETURN_IF_ERROR(interop::ExportTo(*store, *format, options, [](std::string_view piece) {
    if (std::fwrite(piece.data(), 1, piece.size(), stdout) != piece.size())
      return Status::IoError("writing to standard output failed");
    return Status::Ok();
  }));
  if (std::fflush(stdout) != 0) return Status::IoError("writing to standard output failed");
  return Status::Ok();
}

}  // namespace

void AddExportCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand("export", "write every incident as JSONL, CSV, VERIS or HIBP");
  cmd->add_option("--format,-f", args->format, "jsonl | csv | veris | hibp")->required();
  cmd->add_option("-o,--output", args->output, "file to write (atomically); default stdout");
  cmd->add_flag("--bom", args->bom, "CSV: start with a UTF-8 byte-order mark (for spreadsheets)");
  cmd->callback([args, &ctx] {
    Status st = Run(*args, ctx);
    ctx.exit_code = st.ok() ? kExitOk : Fail(st);
  });
}

}  // namespace leakwatch::app
