// Placeholder: replaced by the issue that implements `leakwatch ingest`.
#include "app/cli.h"

namespace leakwatch::app {

void AddIngestCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("ingest", "(not yet implemented)")->allow_extras()->callback([&ctx] {
    ctx.exit_code = Fail(Status::Internal("ingest: not yet implemented"));
  });
}

}  // namespace leakwatch::app
