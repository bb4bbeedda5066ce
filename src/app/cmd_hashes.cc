// Placeholder: replaced by the issue that implements `leakwatch hashes`.
#include "app/cli.h"

namespace leakwatch::app {

void AddHashesCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("hashes", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("hashes: not yet implemented"));
  });
}

}  // namespace leakwatch::app
