// Placeholder: replaced by the issue that implements `leakwatch import`.
#include "app/cli.h"

namespace leakwatch::app {

void AddImportCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("import", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("import: not yet implemented"));
  });
}

}  // namespace leakwatch::app
