// The web component's parts of the route table (see app/routes.cc).
#pragma once

#include <vector>

#include "api/handler.h"

namespace leakwatch::web {

std::vector<api::Route> PageRoutes();   // pages.cc: /, /search, /incidents/{id}, /cases, /stats, feeds, static assets
std::vector<api::Route> CheckRoutes();  // check_page.cc: /check and its script

}  // namespace leakwatch::web
