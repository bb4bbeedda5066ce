// Placeholder: replaced by the issue that implements `leakwatch export`.
#include "app/cli.h"

namespace leakwatch::app {

void AddExportCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("export", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("export: not yet implemented"));
  });
}

}  // namespace leakwatch::app
