// FileList: turns the SRC arguments of a batch (files, directory trees,
// glob patterns) into the files to scrub, each with where its scrubbed copy
// and its manifest entry go. Listing never writes anything.
//
// Mirror mode keeps paths as given, like tar: SRC `logs/2023` puts
// logs/2023/a.gz at DIR/logs/2023/a.gz; a leading '/' and leading '..'
// components are dropped. In place, each file is replaced in its own
// directory, beside that directory's manifest.
//
// Symlinks inside a walked tree are followed only if they resolve into the
// tree (unless Symlinks::kFollowAll); a SRC named on the command line is
// always followed. Temporaries and manifests are never listed, nor (mirror
// mode) the output directory itself.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "batch/batch_options.h"
#include "batch/file_report.h"

namespace logveil::batch {

struct SourceFile {
  std::string path{};         // read from here: as given or found by the walk
  std::string output_path{};  // the scrubbed copy goes here (in place: the
                              // file itself, symlinks resolved)
  std::string manifest_path{};
  std::string manifest_key{};
  uint64_t size_bytes = 0;  // as stored, at listing time
};

struct FileList {
  std::vector<SourceFile> files;  // in listing order, each file once
  // Files found but not to be scrubbed: kSkipped or kFailed, with a reason.
  std::vector<FileReport> not_listed;
};

// Lists the files of `options.sources`. Never fails as a whole: every
// problem is a FileReport in not_listed.
FileList ListSources(const BatchOptions& options);

}  // namespace logveil::batch
