// AtomicFile: writes a file under a temporary name in its target's directory
// and puts it in place with one rename(2). The target is at every moment
// either what it was or the complete new file: a crash, kill or full disk
// before Replace leaves it untouched, and only a temporary behind, which the
// next run for the same target truncates and reuses.
#pragma once

#include <sys/stat.h>

#include <string>

#include "base/result.h"
#include "io/output.h"

namespace logveil::batch {

// Suffix of temporaries: ".NAME.logveil-tmp" beside NAME. Directory walks
// skip such files.
inline constexpr char kTempSuffix[] = ".logveil-tmp";

// Whether a finished file is forced to stable storage before it replaces
// the target (fsync of the file, then of the directory after the rename).
enum class Durability { kBuffered, kFsync };

// What the finished file keeps from the file it stands for.
struct FileMeta {
  mode_t mode = 0644;  // permission bits
  timespec mtime{};
  bool keep_owner = false;  // in place: chown to uid/gid
  uid_t uid = 0;
  gid_t gid = 0;
};

// Returns the temporary path used for `target`.
std::string TempPathFor(const std::string& target);

class AtomicFile {
 public:
  // Creates (or truncates) the temporary for `target`, mode 0600.
  static Result<AtomicFile> Create(const std::string& target);

  ~AtomicFile();  // removes the temporary unless Replace succeeded
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;

  // The temporary file; errors name the target.
  io::Output& sink() { return output_; }

  // After the sink is finished: applies `meta` and, for kFsync, fsyncs.
  Status Seal(const FileMeta& meta, Durability durability);
  // Renames the sealed temporary over the target.
  Status Replace(Durability durability);

 private:
  AtomicFile(std::string target, std::string temp, io::Output output);

  std::string target_;
  std::string temp_;
  io::Output output_;
  bool replaced_ = false;
};

}  // namespace logveil::batch
