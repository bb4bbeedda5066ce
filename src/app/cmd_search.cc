// Placeholder: replaced by the issue that implements `leakwatch search`.
#include "app/cli.h"

namespace leakwatch::app {

void AddSearchCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("search", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("search: not yet implemented"));
  });
}

}  // namespace leakwatch::app
