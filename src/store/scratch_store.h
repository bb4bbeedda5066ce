// For tests above the store: a real SQLite store in a fresh temporary
// directory named after the running test, removed with the object.
#pragma once

#include <memory>
#include <string>

#include "store/store.h"
#include "util/scratch_dir_test_util.h"

namespace leakwatch::store {

class ScratchStore {
 public:
  ScratchStore() = default;
  ScratchStore(const ScratchStore&) = delete;
  ScratchStore& operator=(const ScratchStore&) = delete;

  // Opens (creating) the store file; the error, if any, for ASSERT_TRUE.
  Status Open() {
    auto opened = store::Open((dir_ / "t.db").string());
    if (!opened.ok()) return opened.status();
    store_ = std::move(opened).value();
    return Status::Ok();
  }
  Store* get() const { return store_.get(); }
  Store* operator->() const { return store_.get(); }
  Store& operator*() const { return *store_; }

 private:
  util::ScratchDir dir_{"lw-scratch"};
  std::unique_ptr<Store> store_;  // declared after dir_: closed before it is removed
};

}  // namespace leakwatch::store
