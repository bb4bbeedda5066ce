// Placeholder: filled by the issue that owns these routes.
#include "api/routes.h"

namespace leakwatch::api {

std::vector<Route> ExportRoutes() { return {}; }

}  // namespace leakwatch::api
