// BatchProgressPrinter: shows a running batch on stderr. On a terminal, a
// bar redrawn in place (files, bytes, MB/s, ETA); otherwise a plain line
// every few seconds, fit for a log. Per-file messages go through it too, so
// they never land in the middle of the bar.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "batch/batch_options.h"

namespace logveil::app {

enum class ProgressStyle { kBar, kLines, kNone };

class BatchProgressPrinter {
 public:
  // Starts drawing `progress`, which must outlive the printer.
  BatchProgressPrinter(const batch::BatchProgress& progress,
                       ProgressStyle style, double line_seconds);
  // Stops drawing and clears the bar.
  ~BatchProgressPrinter();
  BatchProgressPrinter(const BatchProgressPrinter&) = delete;
  BatchProgressPrinter& operator=(const BatchProgressPrinter&) = delete;

  // Prints `line` (ending in '\n') on stderr, above the bar. Thread-safe.
  void Print(const std::string& line);

 private:
  void Loop();
  std::string Status() const;

  const batch::BatchProgress& progress_;
  ProgressStyle style_;
  double interval_seconds_;
  double start_seconds_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool bar_shown_ = false;
  std::thread thread_;
};

}  // namespace logveil::app
