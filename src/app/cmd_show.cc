// Placeholder: replaced by the issue that implements `leakwatch show`.
#include "app/cli.h"

namespace leakwatch::app {

void AddShowCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("show", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("show: not yet implemented"));
  });
}

}  // namespace leakwatch::app
