#include "app/routes.h"

#include "api/routes.h"
#include "web/routes.h"

namespace leakwatch::app {

std::vector<api::Route> AllRoutes() {
  std::vector<api::Route> table;
  auto append = [&table](std::vector<api::Route> part) {
    for (auto& r : part) table.push_back(std::move(r));
  };
  append(api::JsonApiRoutes());  // /healthz, /api/v1/...
  append(api::ExportRoutes());   // /api/v1/export/...
  append(api::HibpRoutes());     // /range/..., /api/v3/...
  append(web::PageRoutes());     // /, /search, /incidents/{id}, /cases, /stats, /feeds/...
  append(web::CheckRoutes());    // /check
  return table;
}

}  // namespace leakwatch::app
