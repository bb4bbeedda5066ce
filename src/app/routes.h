// The route table: every HTTP route leakwatch serves, in one place.
#pragma once

#include <vector>

#include "api/handler.h"

namespace leakwatch::app {

// The whole table, in match order. Each component contributes its part.
std::vector<api::Route> AllRoutes();

}  // namespace leakwatch::app
