// The api component's parts of the route table (see app/routes.cc).
#pragma once

#include <vector>

#include "api/handler.h"

namespace leakwatch::api {

std::vector<Route> JsonApiRoutes();  // json_api.cc: /healthz and /api/v1/{incidents,stats,facets,openapi.json}
std::vector<Route> ExportRoutes();   // export_api.cc: /api/v1/export/{jsonl,csv,veris,hibp}
std::vector<Route> HibpRoutes();     // hibp_api.cc: /range/..., /api/v3/...

}  // namespace leakwatch::api
