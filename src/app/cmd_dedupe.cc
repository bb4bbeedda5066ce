// Placeholder: replaced by the issue that implements `leakwatch dedupe`.
#include "app/cli.h"

namespace leakwatch::app {

void AddDedupeCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("dedupe", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("dedupe: not yet implemented"));
  });
}

}  // namespace leakwatch::app
