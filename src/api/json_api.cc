// Placeholder: filled by the issue that owns these routes.
#include "api/routes.h"

namespace leakwatch::api {

std::vector<Route> JsonApiRoutes() { return {}; }

}  // namespace leakwatch::api
