// Placeholder: replaced by the issue that implements `leakwatch serve`.
#include "app/cli.h"

namespace leakwatch::app {

void AddServeCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("serve", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("serve: not yet implemented"));
  });
}

}  // namespace leakwatch::app
