#include "store/scan_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

namespace leakwatch::store {
namespace {

TEST(ScanPool, RunsTasksOnIdleThreadsAndDeclinesWhenAllAreBusy) {
  ScanPool pool(2);
  ASSERT_EQ(pool.threads(), 2);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  TaskCounter started, finished;
  std::atomic<int> ran{0};
  auto blocker = [&] {
    started.Done();
    released.wait();
    ++ran;
    finished.Done();
  };
  started.Add();
  started.Add();
  finished.Add();
  finished.Add();
  EXPECT_TRUE(pool.TryRun(blocker));
  EXPECT_TRUE(pool.TryRun(blocker));
  started.Wait();
  // Both threads are taken: a third task is declined at once, not queued.
  bool third_ran = false;
  EXPECT_FALSE(pool.TryRun([&] { third_ran = true; }));
  release.set_value();
  finished.Wait();
  EXPECT_EQ(ran, 2);
  EXPECT_FALSE(third_ran);
  // Free again once the tasks are done (a thread counts as free after its
  // task returns, so wait for one to come back).
  TaskCounter again;
  again.Add();
  while (!pool.TryRun([&] { again.Done(); })) std::this_thread::yield();
  again.Wait();
}

TEST(ScanPool, WithoutThreadsDeclinesEverything) {
  ScanPool pool(0);
  EXPECT_EQ(pool.threads(), 0);
  EXPECT_FALSE(pool.TryRun([] {}));
}

TEST(ScanPool, DestructionWaitsForTheTasksHandedOut) {
  std::atomic<int> ran{0};
  {
    ScanPool pool(1);
    ASSERT_TRUE(pool.TryRun([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      ++ran;
    }));
  }
  EXPECT_EQ(ran, 1);
}

}  // namespace
}  // namespace leakwatch::store
