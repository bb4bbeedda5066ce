// The conformance suite every Store back end must pass, written only against
// store.h. A back end's test instantiates it with a factory:
//
//   INSTANTIATE_TEST_SUITE_P(Sqlite, StoreConformance,
//                            ::testing::Values(StoreFactory{"sqlite", NewPath, OpenPath,
//                            RemovePath}));
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"

namespace leakwatch::store {

struct StoreFactory {
  std::string name;
  // A location for a new, empty store (a fresh file path, a fresh database).
  std::function<std::string()> new_location;
  // Opens (creating if needed) the store at a location new_location() gave.
  std::function<Result<std::unique_ptr<Store>>(const std::string& location,
                                               const OpenOptions& options)>
      open;
  // Removes what new_location() made, after the store is closed.
  std::function<void(const std::string& location)> remove;
};

// Prints the factory's name in test names.
inline void PrintTo(const StoreFactory& f, std::ostream* os) { *os << f.name; }

class StoreConformance : public ::testing::TestWithParam<StoreFactory> {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Closes the store and opens it again at the same location.
  void Reopen();
  // Puts the fixture corpus (Corpus()) and checks it went in.
  void PutCorpus();
  // Ids of every hit of `q` across all pages of `page_size`.
  std::vector<std::string> AllIds(SearchQuery q, int page_size);
  // Ids of the first page of a query for `text`.
  std::vector<std::string> Find(const std::string& text);

  std::string location_;
  std::unique_ptr<Store> store_;
};

// A small mixed Japanese/English corpus the suite searches.
std::vector<IngestItem> Corpus();

}  // namespace leakwatch::store
