#include "batch/batch_runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <numeric>
#include <thread>

#include "batch/file_list.h"
#include "batch/file_scrubber.h"
#include "batch/manifest.h"

namespace logveil::batch {
namespace {

unsigned Cores() { return std::max(1u, std::thread::hardware_concurrency()); }

// Chunk threads for a file of `bytes` when `bytes_left` (this file and all
// not yet started) remain: its share of the cores. Many similar files get
// one each; a file that is most of the work left gets most of the cores,
// so one huge file among small ones is not scrubbed on one core. Files run
// largest first, so a file gets many threads only when little else is left
// and the cores are rarely oversubscribed for long.
unsigned AutoThreads(uint64_t bytes, uint64_t bytes_left) {
  if (bytes_left == 0) return 1;
  double share = static_cast<double>(bytes) / static_cast<double>(bytes_left);
  return std::clamp<unsigned>(std::lround(share * Cores()), 1, Cores());
}

// Indices of `files`, largest first; ties keep listing order.
std::vector<size_t> LargestFirst(const std::vector<SourceFile>& files) {
  std::vector<size_t> order(files.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return files[a].size_bytes > files[b].size_bytes;
  });
  return order;
}

void Publish(const FileList& list, BatchProgress& progress) {
  uint64_t bytes = 0;
  for (const auto& file : list.files) bytes += file.size_bytes;
  progress.files_total = list.files.size() + list.not_listed.size();
  progress.disk_bytes_total = bytes;
  progress.listed = true;
}

// Scrubs the listed files on `options.jobs` threads, largest first.
class Runner {
 public:
  Runner(const BatchOptions& options, const detect::DetectorSet& detectors,
         const transform::ActionTable& actions, BatchProgress& progress,
         const FileCallback& on_file)
      : manifests_(options.placement == Placement::kInPlace
                       ? Durability::kFsync
                       : Durability::kBuffered),
        context_{detectors, actions, options, manifests_, progress},
        on_file_(on_file) {}

  // Returns, for each position in `order`, the bytes of that file and all
  // after it.
  static std::vector<uint64_t> BytesLeft(const std::vector<SourceFile>& files,
                                         const std::vector<size_t>& order) {
    std::vector<uint64_t> left(order.size() + 1, 0);
    for (size_t i = order.size(); i-- > 0;) {
      left[i] = left[i + 1] + files[order[i]].size_bytes;
    }
    return left;
  }

  // Returns the reports of `list.files` in listing order, then those of
  // `list.not_listed`.
  std::vector<FileReport> Run(const FileList& list) {
    for (const auto& report : list.not_listed) Finish(report);
    reports_.resize(list.files.size());
    order_ = LargestFirst(list.files);
    bytes_left_ = BytesLeft(list.files, order_);
    std::vector<std::thread> workers;
    size_t threads = std::min<size_t>(context_.options.jobs, order_.size());
    for (size_t j = 1; j < threads; ++j) {
      workers.emplace_back([&] { Work(list.files); });
    }
    Work(list.files);
    for (auto& worker : workers) worker.join();
    reports_.insert(reports_.end(), list.not_listed.begin(),
                    list.not_listed.end());
    return std::move(reports_);
  }

 private:
  void Work(const std::vector<SourceFile>& files) {
    for (size_t i; (i = next_.fetch_add(1)) < order_.size();) {
      size_t file = order_[i];
      unsigned threads = context_.options.pipeline.threads;
      if (threads == 0) {
        threads = AutoThreads(files[file].size_bytes, bytes_left_[i]);
      }
      reports_[file] = ScrubFile(files[file], context_, threads);
      Finish(reports_[file]);
    }
  }

  void Finish(const FileReport& report) {
    std::lock_guard lock(mutex_);
    auto& progress = context_.progress;
    progress.files_done.fetch_add(1, std::memory_order_relaxed);
    if (report.status == FileStatus::kFailed) {
      progress.files_failed.fetch_add(1, std::memory_order_relaxed);
    }
    if (on_file_) on_file_(report);
  }

  ManifestStore manifests_;
  ScrubContext context_;
  const FileCallback& on_file_;
  std::vector<size_t> order_;
  std::vector<uint64_t> bytes_left_;  // by position in order_
  std::atomic<size_t> next_{0};
  std::vector<FileReport> reports_;  // each slot written by one worker
  std::mutex mutex_;                 // serializes Finish
};

}  // namespace

BatchResult RunBatch(const BatchOptions& requested,
                     const detect::DetectorSet& detectors,
                     const transform::ActionTable& actions,
                     BatchProgress& progress, const FileCallback& on_file) {
  auto start = std::chrono::steady_clock::now();
  FileList list = ListSources(requested);
  Publish(list, progress);
  BatchOptions options = requested;
  if (options.jobs == 0) options.jobs = Cores();
  BatchResult result;
  result.files =
      Runner(options, detectors, actions, progress, on_file).Run(list);
  std::stable_sort(
      result.files.begin(), result.files.end(),
      [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  return result;
}

}  // namespace logveil::batch
