// `logveil scan`: audits what personal data logs hold without changing
// them. One JSON line per finding; the value is printed only when asked.
#include <cstdio>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/engine.h"
#include "detect/scanner.h"
#include "framing/line_framer.h"
#include "io/input.h"
#include "io/output.h"
#include "io/utf16_stream.h"
#include "report/stats.h"

namespace logveil::app {
namespace {

// Appends `bytes` as the inside of a JSON string: quotes, backslashes and
// control bytes escaped, every other byte as it is.
void AppendJsonEscaped(std::string_view bytes, std::string& out) {
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out.append(escaped);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

class FindingWriter {
 public:
  FindingWriter(const cli::CliArgs& args, const detect::DetectorSet& detectors,
                io::Output& output, report::Stats& stats)
      : args_(args),
        detectors_(detectors),
        scanner_(detectors),
        output_(output),
        stats_(stats) {}

  // Scans one input; `name` is added to each line when several are given.
  Status Scan(io::ByteSource& input, bool with_name);

 private:
  Status ScanRecords(std::string_view chunk, bool at_end, bool with_name,
                     const std::string& name, size_t& consumed);
  void AppendFinding(const framing::Record& record,
                     const detect::Finding& finding, bool with_name,
                     const std::string& name);

  const cli::CliArgs& args_;
  const detect::DetectorSet& detectors_;
  detect::Scanner scanner_;
  io::Output& output_;
  report::Stats& stats_;
  std::vector<framing::Record> records_;
  std::vector<detect::Finding> findings_;
  std::string line_;
  uint64_t next_record_ = 0;
};

void FindingWriter::AppendFinding(const framing::Record& record,
                                  const detect::Finding& finding,
                                  bool with_name, const std::string& name) {
  const auto& detector = detectors_.detector(finding.detector);
  line_ += "{";
  if (with_name) {
    line_ += "\"input\":\"";
    AppendJsonEscaped(name, line_);
    line_ += "\",";
  }
  line_ += "\"record\":" + std::to_string(record.index + 1) +
           ",\"start\":" + std::to_string(finding.range.begin) +
           ",\"end\":" + std::to_string(finding.range.end) + ",\"type\":\"" +
           detector.label + "\",\"detector\":\"" + detector.id + "\"";
  if (args_.scan_show_values) {
    line_ += ",\"value\":\"";
    AppendJsonEscaped(finding.range.In(record.text), line_);
    line_ += "\"";
  }
  line_ += "}\n";
}

Status FindingWriter::ScanRecords(std::string_view chunk, bool at_end,
                                  bool with_name, const std::string& name,
                                  size_t& consumed) {
  records_.clear();
  consumed = framing::FrameLines(chunk, at_end, next_record_, records_);
  next_record_ += records_.size();
  line_.clear();
  for (const auto& record : records_) {
    ++stats_.records;
    stats_.bytes_in += record.text.size() + record.ending.size();
    scanner_.Scan(record.text, findings_);
    stats_.records_rewritten += !findings_.empty();
    for (const auto& finding : findings_) {
      stats_.CountFinding(finding.detector);
      if (!args_.scan_summary) {
        AppendFinding(record, finding, with_name, name);
      }
    }
  }
  return output_.Write(line_);
}

Status FindingWriter::Scan(io::ByteSource& input, bool with_name) {
  next_record_ = 0;
  std::string buffer;
  size_t filled = 0;
  while (true) {
    buffer.resize(filled + framing::kDefaultChunkBytes);
    auto read = input.Read(buffer.data() + filled, framing::kDefaultChunkBytes);
    if (!read.ok()) return read.error();
    filled += read.value();
    bool at_end = read.value() == 0;
    size_t consumed = 0;
    auto status = ScanRecords(std::string_view(buffer.data(), filled), at_end,
                              with_name, input.name(), consumed);
    if (!status.ok()) return status;
    buffer.erase(0, consumed);
    filled -= consumed;
    if (at_end) return Ok{};
  }
}

// "records N", "records_with_findings M", then "<TYPE> <count>" per type.
std::string FormatSummary(const report::Stats& stats,
                          const std::vector<detect::Detector>& detectors) {
  std::string text = "records " + std::to_string(stats.records) +
                     "\nrecords_with_findings " +
                     std::to_string(stats.records_rewritten) + "\n";
  for (const auto& [label, count] : report::FindingsByLabel(stats, detectors)) {
    text += label + " " + std::to_string(count) + "\n";
  }
  return text;
}

}  // namespace

Status RunScan(const cli::CliArgs& args) {
  auto engine = BuildEngineFromArgs(args);
  if (!engine.ok()) return engine.error();
  auto output = io::Output::Open(args.output);
  if (!output.ok()) return output.error();
  report::Stats stats;
  FindingWriter writer(args, engine.value().detectors, output.value(), stats);
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& path : inputs) {
    auto input = io::Input::Open(path);
    if (!input.ok()) return input.error();
    // UTF-16 text is scanned as UTF-8: spans count its UTF-8 bytes.
    io::TextForm form;
    auto text = io::OpenTextSource(input.value(), form);
    if (!text.ok()) return text.error();
    auto status = writer.Scan(*text.value(), inputs.size() > 1);
    if (!status.ok()) return status;
  }
  if (args.scan_summary) {
    auto status = output.value().Write(
        FormatSummary(stats, engine.value().detectors.detectors()));
    if (!status.ok()) return status;
  }
  return output.value().Flush();
}

}  // namespace logveil::app
