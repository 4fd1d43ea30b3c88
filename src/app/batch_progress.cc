#include "app/batch_progress.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace logveil::app {
namespace {

// Redraws per second on a terminal: smooth enough, cheap enough.
constexpr double kBarSeconds = 0.25;

double NowSeconds() {
  return std::chrono::duration<double>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string Duration(double seconds) {
  long total = static_cast<long>(seconds + 0.5);
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600,
                total / 60 % 60, total % 60);
  return text;
}

}  // namespace

BatchProgressPrinter::BatchProgressPrinter(const batch::BatchProgress& progress,
                                           ProgressStyle style,
                                           double line_seconds)
    : progress_(progress),
      style_(style),
      interval_seconds_(style == ProgressStyle::kBar ? kBarSeconds
                                                     : line_seconds),
      start_seconds_(NowSeconds()) {
  if (style_ != ProgressStyle::kNone) thread_ = std::thread([this] { Loop(); });
}

BatchProgressPrinter::~BatchProgressPrinter() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (bar_shown_) std::fputs("\r\033[K", stderr);
}

void BatchProgressPrinter::Print(const std::string& line) {
  std::lock_guard lock(mutex_);
  if (bar_shown_) std::fputs("\r\033[K", stderr);
  std::fputs(line.c_str(), stderr);
  if (bar_shown_) std::fputs(Status().c_str(), stderr);
  std::fflush(stderr);
}

void BatchProgressPrinter::Loop() {
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, std::chrono::duration<double>(interval_seconds_),
                         [this] { return stop_; })) {
    if (style_ == ProgressStyle::kBar) {
      std::fputs(("\r\033[K" + Status()).c_str(), stderr);
      bar_shown_ = true;
    } else {
      std::fputs(("logveil: batch: " + Status() + "\n").c_str(), stderr);
    }
    std::fflush(stderr);
  }
}

std::string BatchProgressPrinter::Status() const {
  if (!progress_.listed) return "listing files...";
  double seconds = NowSeconds() - start_seconds_;
  double done = progress_.disk_bytes_done.load();
  double total = progress_.disk_bytes_total.load();
  double rate = seconds > 0 ? done / seconds : 0;
  double eta = rate > 0 && total > done ? (total - done) / rate : 0;
  char text[160];
  int length = std::snprintf(
      text, sizeof text, "files %llu/%llu, %.1f/%.1f MB, %.1f MB/s, ETA %s",
      static_cast<unsigned long long>(progress_.files_done.load()),
      static_cast<unsigned long long>(progress_.files_total.load()), done / 1e6,
      total / 1e6, rate / 1e6, Duration(eta).c_str());
  std::string status(text, std::min<size_t>(length, sizeof text - 1));
  if (uint64_t failed = progress_.files_failed.load()) {
    status += ", " + std::to_string(failed) + " failed";
  }
  if (style_ == ProgressStyle::kLines && seconds > 0) {
    std::snprintf(text, sizeof text, " (%.1f MB/s uncompressed)",
                  progress_.plain_bytes_done / seconds / 1e6);
    status += text;
  }
  return status;
}

}  // namespace logveil::app
