#include "batch/file_scrubber.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <numeric>
#include <optional>

#include "batch/atomic_file.h"
#include "batch/byte_taps.h"
#include "batch/codec.h"
#include "io/input.h"
#include "pipeline/pipeline.h"
#include "transform/crypto.h"

namespace logveil::batch {
namespace {

constexpr size_t kHashBlockBytes = size_t{1} << 20;

int64_t MtimeNs(const struct stat& info) {
  return int64_t{info.st_mtim.tv_sec} * 1'000'000'000 + info.st_mtim.tv_nsec;
}

// Returns the SHA-256 of the file at `path`, or nothing if unreadable.
std::optional<std::string> HashFile(const std::string& path) {
  auto input = io::Input::Open(path);
  if (!input.ok()) return std::nullopt;
  transform::Sha256 hash;
  std::string buffer(kHashBlockBytes, '\0');
  while (true) {
    auto read = input.value().Read(buffer.data(), buffer.size());
    if (!read.ok()) return std::nullopt;
    if (read.value() == 0) return hash.FinishHex();
    hash.Update({buffer.data(), read.value()});
  }
}

bool SameFileState(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino &&
         a.st_size == b.st_size && MtimeNs(a) == MtimeNs(b);
}

class FileJob {
 public:
  FileJob(const SourceFile& file, const ScrubContext& context, unsigned threads)
      : file_(file),
        context_(context),
        threads_(threads),
        in_place_(context.options.placement == Placement::kInPlace),
        durability_(in_place_ ? Durability::kFsync : Durability::kBuffered) {
    report_.path = file.path;
  }

  FileReport Run();

 private:
  bool IsDoneBefore();
  Status Process();
  Status RunPipeline(io::ByteSource& source, io::ByteSink& sink);
  Status ScrubToFile(io::ByteSource& source, HashingSource& original);
  Status Commit(AtomicFile& file, HashingSink& written);
  Status KeepOriginal(HashingSource& original);
  Status CheckSourceUnchanged() const;
  bool FoundAnything() const;

  const SourceFile& file_;
  const ScrubContext& context_;
  unsigned threads_;
  bool in_place_;
  Durability durability_;
  struct stat source_ {};
  FileReport report_;
};

FileReport FileJob::Run() {
  auto start = std::chrono::steady_clock::now();
  auto status = Process();
  if (!status.ok()) {
    report_.status = FileStatus::kFailed;
    report_.output.clear();
    report_.error = status.error().message;
  }
  report_.stats.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  // Files that failed early or were done before still count in full.
  if (report_.disk_bytes_in < file_.size_bytes) {
    context_.progress.disk_bytes_done.fetch_add(
        file_.size_bytes - report_.disk_bytes_in, std::memory_order_relaxed);
  }
  return report_;
}

bool FileJob::IsDoneBefore() {
  if (file_.manifest_path.empty()) return false;
  auto entry = context_.manifests.Find(file_.manifest_path, file_.manifest_key);
  if (!entry) return false;
  if (!in_place_ && (entry->source_bytes != uint64_t(source_.st_size) ||
                     entry->source_mtime_ns != MtimeNs(source_))) {
    return false;
  }
  struct stat output;
  return ::stat(file_.output_path.c_str(), &output) == 0 &&
         uint64_t(output.st_size) == entry->output_bytes &&
         HashFile(file_.output_path) == entry->sha256_hex;
}

Status FileJob::Process() {
  if (::stat(file_.path.c_str(), &source_) != 0) {
    return MakeError(ErrorCode::kIo,
                     file_.path + ": cannot stat: " + strerror(errno));
  }
  bool dry_run = context_.options.write_mode == WriteMode::kDryRun;
  if (IsDoneBefore()) {
    report_.status = FileStatus::kDoneBefore;
    report_.output = dry_run ? "" : file_.output_path;
    return Ok{};
  }
  auto input = io::Input::Open(file_.path);
  if (!input.ok()) return input.error();
  CountingSource disk(input.value(), context_.progress.disk_bytes_done);
  HashingSource original(disk, in_place_ && !dry_run);
  auto head = io::ReadHead(original, kMagicBytes);
  if (!head.ok()) return head.error();
  report_.compression = DetectCompression(head.value());
  io::ReplaySource replay(std::move(head).value(), original);
  auto decoder = OpenDecoder(report_.compression, replay);
  if (!decoder.ok()) return decoder.error();
  CountingSource plain(decoder.value() ? *decoder.value() : replay,
                       context_.progress.plain_bytes_done);
  Status status = Ok{};
  if (dry_run) {
    NullSink nothing;
    status = RunPipeline(plain, nothing);
    report_.status = FileStatus::kDryRun;
  } else {
    status = ScrubToFile(plain, original);
  }
  report_.disk_bytes_in = disk.bytes();
  return status;
}

Status FileJob::RunPipeline(io::ByteSource& source, io::ByteSink& sink) {
  pipeline::PipelineOptions options = context_.options.pipeline;
  options.threads = threads_;
  pipeline::Pipeline pipeline(context_.detectors, context_.actions, options);
  auto status = pipeline.RunText(source, sink, report_.stats);
  if (!status.ok()) return status;
  return sink.Finish();
}

Status FileJob::ScrubToFile(io::ByteSource& source, HashingSource& original) {
  if (!in_place_) {
    std::error_code error;
    auto parent = std::filesystem::path(file_.output_path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, error);
    if (error) {
      return MakeError(
          ErrorCode::kIo,
          parent.string() + ": cannot create directory: " + error.message());
    }
  }
  auto file = AtomicFile::Create(file_.output_path);
  if (!file.ok()) return file.error();
  HashingSink written(file.value().sink());
  const auto& levels = context_.options.levels;
  int level =
      report_.compression == Compression::kZstd ? levels.zstd : levels.gzip;
  auto encoder = OpenEncoder(report_.compression, level, written);
  if (!encoder.ok()) return encoder.error();
  auto status =
      RunPipeline(source, encoder.value() ? *encoder.value() : written);
  if (!status.ok()) return status;
  status = CheckSourceUnchanged();
  if (!status.ok()) return status;
  // The temporary is removed when `file` goes out of scope.
  if (in_place_ && !FoundAnything()) return KeepOriginal(original);
  return Commit(file.value(), written);
}

Status FileJob::Commit(AtomicFile& file, HashingSink& written) {
  FileMeta meta{.mode = source_.st_mode,
                .mtime = source_.st_mtim,
                .keep_owner = in_place_,
                .uid = source_.st_uid,
                .gid = source_.st_gid};
  auto status = file.Seal(meta, durability_);
  if (!status.ok()) return status;
  // Recorded before the rename: if the rename never happens, the original's
  // hash does not match the entry and the next run redoes the file.
  ManifestEntry entry{.sha256_hex = written.FinishHex(),
                      .output_bytes = written.bytes(),
                      .source_bytes = uint64_t(source_.st_size),
                      .source_mtime_ns = MtimeNs(source_)};
  status =
      context_.manifests.Record(file_.manifest_path, file_.manifest_key, entry);
  if (!status.ok()) return status;
  status = file.Replace(durability_);
  if (!status.ok()) return status;
  report_.status = FileStatus::kScrubbed;
  report_.output = file_.output_path;
  report_.disk_bytes_out = written.bytes();
  return Ok{};
}

Status FileJob::KeepOriginal(HashingSource& original) {
  ManifestEntry entry{.sha256_hex = original.FinishHex(),
                      .output_bytes = uint64_t(source_.st_size),
                      .source_bytes = uint64_t(source_.st_size),
                      .source_mtime_ns = MtimeNs(source_)};
  auto status =
      context_.manifests.Record(file_.manifest_path, file_.manifest_key, entry);
  if (!status.ok()) return status;
  report_.status = FileStatus::kUnchanged;
  report_.output = file_.output_path;
  return Ok{};
}

Status FileJob::CheckSourceUnchanged() const {
  struct stat now;
  if (::stat(file_.path.c_str(), &now) == 0 && SameFileState(now, source_)) {
    return Ok{};
  }
  return MakeError(ErrorCode::kIo,
                   file_.path + ": changed while it was being scrubbed");
}

bool FileJob::FoundAnything() const {
  const auto& findings = report_.stats.findings;
  return report_.stats.records_rewritten > 0 ||
         std::accumulate(findings.begin(), findings.end(), uint64_t{0}) > 0;
}

}  // namespace

FileReport ScrubFile(const SourceFile& file, const ScrubContext& context,
                     unsigned threads) {
  return FileJob(file, context, threads).Run();
}

}  // namespace logveil::batch
