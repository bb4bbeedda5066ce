// Placeholder: replaced by the issue that implements `leakwatch extract`.
#include "app/cli.h"

namespace leakwatch::app {

void AddExtractCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("extract", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("extract: not yet implemented"));
  });
}

}  // namespace leakwatch::app
