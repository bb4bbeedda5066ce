// A progress bar on stderr for long CLI work. Draws only when stderr is a
// terminal, the work has run for over half a second and `quiet` is false;
// otherwise every call is cheap and prints nothing. Not thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace leakwatch::util {

class Progress {
 public:
  // `total` is the expected count of units (0 if unknown); `unit` names them ("records").
  Progress(std::string label, std::uint64_t total, std::string unit, bool quiet);
  ~Progress();  // Finish()es
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Add(std::uint64_t n = 1);
  void SetTotal(std::uint64_t total) { total_ = total; }
  // Clears the bar line if one was drawn.
  void Finish();

 private:
  void Draw();

  std::string label_, unit_;
  std::uint64_t total_, done_ = 0;
  bool enabled_, drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace leakwatch::util
