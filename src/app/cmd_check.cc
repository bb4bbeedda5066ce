// Placeholder: replaced by the issue that implements `leakwatch check`.
#include "app/cli.h"

namespace leakwatch::app {

void AddCheckCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("check", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("check: not yet implemented"));
  });
}

}  // namespace leakwatch::app
