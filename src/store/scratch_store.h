// For tests above the store: a real SQLite store in a fresh temporary
// directory named after the running test, removed with the object.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/store.h"

namespace leakwatch::store {

class ScratchStore {
 public:
  ScratchStore() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("lw-scratch-" + std::to_string(::getpid()) + "-" +
            (test ? std::string(test->test_suite_name()) + "." + test->name() : "none"));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~ScratchStore() {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
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
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace leakwatch::store
