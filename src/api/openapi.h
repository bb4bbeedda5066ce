// The OpenAPI 3.1 description of every route in the table (app/routes.cc):
// the JSON API, the exports, the HIBP-compatible endpoints and the HTML pages.
// One description per route; openapi_test.cc checks that every route of
// app::AllRoutes() is described. Served at GET /api/v1/openapi.json.
#pragma once

#include <string>

namespace leakwatch::api {

// The document as compact JSON. Built once; thread-safe; never fails.
const std::string& OpenApiJson();

}  // namespace leakwatch::api
