// Placeholder: replaced by the issue that implements `leakwatch stats`.
#include "app/cli.h"

namespace leakwatch::app {

void AddStatsCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("stats", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("stats: not yet implemented"));
  });
}

}  // namespace leakwatch::app
