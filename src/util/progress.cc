#include "util/progress.h"

#include <unistd.h>

#include <cstdio>

namespace leakwatch::util {

using Clock = std::chrono::steady_clock;

Progress::Progress(std::string label, std::uint64_t total, std::string unit, bool quiet)
    : label_(std::move(label)),
      unit_(std::move(unit)),
      total_(total),
      enabled_(!quiet && ::isatty(STDERR_FILENO)),
      start_(Clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { Finish(); }

void Progress::Add(std::uint64_t n) {
  done_ += n;
  if (!enabled_) return;
  auto now = Clock::now();
  if (now - start_ < std::chrono::milliseconds(500)) return;
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  double secs = std::chrono::duration<double>(Clock::now() - start_).count();
  double rate = secs > 0 ? static_cast<double>(done_) / secs : 0;
  if (total_ > 0) {
    constexpr int kWidth = 30;
    double frac = static_cast<double>(done_) / static_cast<double>(total_);
    if (frac > 1) frac = 1;
    int filled = static_cast<int>(frac * kWidth);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.append(static_cast<size_t>(kWidth - filled), '.');
    std::fprintf(stderr, "\r%s [%s] %3.0f%% %llu/%llu %s (%.0f/s)\x1b[K", label_.c_str(), bar.c_str(),
                 frac * 100, static_cast<unsigned long long>(done_),
                 static_cast<unsigned long long>(total_), unit_.c_str(), rate);
  } else {
    std::fprintf(stderr, "\r%s %llu %s (%.0f/s)\x1b[K", label_.c_str(),
                 static_cast<unsigned long long>(done_), unit_.c_str(), rate);
  }
  drawn_ = true;
}

void Progress::Finish() {
  if (drawn_) std::fputs("\r\x1b[K", stderr);
  drawn_ = false;
  enabled_ = false;
}

}  // namespace leakwatch::util
