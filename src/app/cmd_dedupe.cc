// `leakwatch dedupe [--dry-run]`: finds reports of one incident and merges them
// (Store::Merge); --dry-run only shows the clusters and why each pair was linked.
#include <cstdio>

#include "app/cli.h"
#include "interop/dedupe.h"
#include "store/store.h"

namespace leakwatch::app {

void AddDedupeCommand(CLI::App& app, CliContext& ctx) {
  auto dry_run = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("dedupe", "link reports of the same incident into one");
  cmd->add_flag("--dry-run,-n", *dry_run, "show the clusters without merging");
  cmd->callback([dry_run, &ctx] {
    Status st = [&]() -> Status {
      store::OpenOptions open;
      open.read_only = *dry_run;
      open.create_if_missing = false;
      LW_ASSIGN_OR_RETURN(auto store, store::Open(ctx.db, open));
      interop::DedupeReport report;
      LW_RETURN_IF_ERROR(interop::Dedupe(*store, {}, *dry_run, &report));
      std::fputs(report.ToText().c_str(), stdout);
      std::printf("%s\n", *dry_run ? "dry run: nothing merged" : "merged");
      return Status::Ok();
    }();
    ctx.exit_code = st.ok() ? kExitOk : Fail(st);
  });
}

}  // namespace leakwatch::app
