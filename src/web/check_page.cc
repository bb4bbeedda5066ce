// Placeholder: filled by the issue that owns these routes.
#include "web/routes.h"

namespace leakwatch::web {

std::vector<api::Route> CheckRoutes() { return {}; }

}  // namespace leakwatch::web
