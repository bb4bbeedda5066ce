#include "api/openapi.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "app/routes.h"

namespace leakwatch::api {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

TEST(OpenApiTest, EveryRouteOfTheTableIsDescribed) {
  auto doc = nlohmann::json::parse(OpenApiJson());
  ASSERT_EQ(doc["openapi"], "3.1.0");
  const auto& paths = doc["paths"];
  auto routes = app::AllRoutes();
  ASSERT_FALSE(routes.empty());
  for (const auto& route : routes) {
    ASSERT_TRUE(paths.contains(route.pattern)) << "undescribed route " << route.pattern;
    for (const auto& method : route.methods) {
      EXPECT_TRUE(paths[route.pattern].contains(Lower(method)))
          << route.pattern << " lacks " << method;
    }
  }
}

TEST(OpenApiTest, OperationsHaveResponsesAndResolvableRefs) {
  auto doc = nlohmann::json::parse(OpenApiJson());
  std::set<std::string> refs;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
    if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key() == "$ref") refs.insert(it.value().get<std::string>());
        walk(it.value());
      }
    } else if (j.is_array()) {
      for (const auto& e : j) walk(e);
    }
  };
  walk(doc);
  ASSERT_FALSE(refs.empty());
  for (const auto& ref : refs) {
    ASSERT_EQ(ref.rfind("#/", 0), 0u) << ref;
    EXPECT_TRUE(doc.contains(nlohmann::json::json_pointer(ref.substr(1)))) << "dangling " << ref;
  }
  for (auto& [path, item] : doc["paths"].items()) {
    for (auto& [method, op] : item.items()) {
      EXPECT_TRUE(op.contains("responses")) << method << " " << path;
      EXPECT_FALSE(op["responses"].empty()) << method << " " << path;
    }
    // Every {name} in the path is declared as a path parameter.
    for (size_t open = path.find('{'); open != std::string::npos; open = path.find('{', open + 1)) {
      std::string name = path.substr(open + 1, path.find('}', open) - open - 1);
      for (auto& [method, op] : item.items()) {
        bool declared = false;
        for (const auto& p : op.value("parameters", nlohmann::json::array())) {
          if (p.contains("name") && p["name"] == name && p["in"] == "path") declared = true;
        }
        EXPECT_TRUE(declared) << path << " " << method << " lacks path parameter " << name;
      }
    }
  }
}

}  // namespace
}  // namespace leakwatch::api
