// Hard negatives from real logs (corpus GUIDE, section 2 "Precision"):
// nothing in them is a phone number, card, IBAN, coordinate or VIN (their
// decimal pairs are versions, durations and load averages; their long
// upper-case runs are ids), and the block ids, timestamps, epoch values,
// versions, durations, UUIDs, digests, trace ids and pod names that look
// like personal data must come out of scrubbing byte for byte. The one real
// e-mail address in loghub must not.
#include <catch2/catch.hpp>
#include <regex>

#include "accuracy/corpus_fixture.h"
#include "accuracy/evaluation.h"
#include "accuracy/log_corpus.h"
#include "text/text_scrubber.h"

namespace logveil::accuracy {
namespace {

std::string ReadCorpusFile(const std::string& name) {
  auto bytes = ReadFileBytes(kCorpusDir + "/" + name);
  if (!bytes.ok()) FAIL(bytes.error().message);
  return std::move(bytes).value();
}

// Returns the scrubbed `bytes`, line by line, with the default actions.
std::string Scrub(std::string_view bytes) {
  text::TextScrubber scrubber(TheEngine().detectors, TheEngine().actions);
  report::Stats stats;
  std::string out;
  ForEachLine(bytes, [&](std::string_view line, uint64_t) {
    scrubber.Scrub(line, out, stats);
    out += '\n';
  });
  return out;
}

std::vector<std::string> Matches(const std::string& text,
                                 const std::regex& pattern) {
  std::vector<std::string> found;
  for (std::sregex_iterator it(text.begin(), text.end(), pattern), end;
       it != end; ++it) {
    found.push_back(it->str());
  }
  return found;
}

// Checks that no finding in file `name` touches a match of `pattern` (of
// its capture group `group`), so that every match survives scrubbing
// unchanged. Returns the matches seen.
size_t CheckNoFindingTouches(const std::string& name,
                             const std::string& pattern, int group = 0) {
  const std::regex compiled(pattern);
  std::string bytes = ReadCorpusFile(name);
  detect::Scanner scanner(TheEngine().detectors);
  size_t tokens = 0;
  ForEachLine(bytes, [&](std::string_view line_view, uint64_t number) {
    std::string line(line_view);
    auto findings = FindJudged(scanner, line);
    for (std::sregex_iterator it(line.begin(), line.end(), compiled), end;
         it != end; ++it) {
      ++tokens;
      ByteRange token{
          static_cast<size_t>(it->position(group)),
          static_cast<size_t>(it->position(group) + it->length(group))};
      for (const auto& finding : findings) {
        if (!finding.range.Overlaps(token)) continue;
        FAIL_CHECK(name << ":" << number << " token '" << it->str(group) << "' "
                        << LabelOf(finding.type) << " '"
                        << finding.range.In(line) << "'");
      }
    }
  });
  return tokens;
}

// Returns how many matches of `pattern` (of its group `group`) all real
// log files hold, checking that no finding touches any of them.
size_t CheckAllRealLogs(const std::string& pattern, int group = 0) {
  size_t tokens = 0;
  for (const auto& path : RealLogFiles(kCorpusDir)) {
    tokens += CheckNoFindingTouches(path.substr(kCorpusDir.size() + 1), pattern,
                                    group);
  }
  return tokens;
}

TEST_CASE("real logs hold no PHONE, CARD, IBAN or GEO finding", "[accuracy]") {
  detect::Scanner scanner(TheEngine().detectors);
  auto logs = CountRealLogs(kCorpusDir, scanner);
  REQUIRE(logs.ok());
  REQUIRE(logs.value().size() >= 80);
  for (const auto& file : logs.value()) {
    std::string flagged;
    for (const auto& example : file.flagged) flagged += example + "; ";
    INFO(file.name << ": " << flagged);
    for (EvalType type :
         {EvalType::kPhone, EvalType::kCard, EvalType::kIban, EvalType::kGeo}) {
      CHECK(file.findings[static_cast<int>(type)] == 0);
    }
  }
  CHECK(FalsePerMebibyte(logs.value(), EvalType::kPhone) == 0);
}

TEST_CASE("real logs hold no VIN finding", "[accuracy]") {
  detect::Scanner scanner(TheEngine().detectors);
  std::vector<detect::Finding> findings;
  size_t files = 0;
  for (const auto& path : RealLogFiles(kCorpusDir)) {
    auto bytes = ReadFileBytes(path);
    REQUIRE(bytes.ok());
    ++files;
    ForEachLine(bytes.value(), [&](std::string_view line, uint64_t number) {
      scanner.Scan(line, findings);
      for (const auto& finding : findings) {
        std::string_view label =
            scanner.detectors().detector(finding.detector).label;
        if (label == "VIN") FAIL_CHECK(path << ":" << number << " VIN");
      }
    });
  }
  CHECK(files >= 80);
}

TEST_CASE("HDFS_2k.log: every blk_ id survives scrubbing byte for byte",
          "[accuracy]") {
  std::string bytes = ReadCorpusFile("loghub/HDFS_2k.log");
  const std::regex block_id("blk_-?[0-9]+");
  auto before = Matches(bytes, block_id);
  CHECK(before.size() == 2469);
  CHECK(Matches(Scrub(bytes), block_id) == before);
}

TEST_CASE("Windows_2k.log: version strings survive scrubbing", "[accuracy]") {
  std::string bytes = ReadCorpusFile("loghub/Windows_2k.log");
  std::string scrubbed = Scrub(bytes);
  // "6.1.7601.23505" (servicing stack), "~6.1.1.0" (component ids),
  // "wcp.dll version 0.0.0.6": dotted quads that are no addresses; the
  // component hash 31bf3856ad364e35 is no card or phone number.
  for (const char* version :
       {"[0-9]+\\.[0-9]+\\.[0-9]{4}\\.[0-9]{5}", "~6\\.1\\.1\\.0",
        "version 0\\.0\\.0\\.6", "31bf3856ad364e35"}) {
    INFO(version);
    auto before = Matches(bytes, std::regex(version));
    CHECK(before.size() >= 4);
    CHECK(Matches(scrubbed, std::regex(version)) == before);
  }
}

TEST_CASE("loghub timestamps survive scrubbing", "[accuracy]") {
  const std::string clock = "[0-9]{2}:[0-9]{2}:[0-9]{2}";
  const std::string syslog = "[A-Z][a-z]{2} [ 0-9]?[0-9] " + clock;
  const std::pair<const char*, std::string> kTimestamps[] = {
      {"Android_2k.log", "[0-9]{2}-[0-9]{2} " + clock + "\\.[0-9]{3}"},
      {"Apache_2k.log",
       "[A-Z][a-z]{2} [A-Z][a-z]{2} [0-9]{2} " + clock + " [0-9]{4}"},
      {"BGL_2k.log",
       "[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}"
       "\\.[0-9]{6}"},
      {"BGL_2k.log", "[0-9]{4}\\.[0-9]{2}\\.[0-9]{2}"},
      {"HDFS_2k.log", "^[0-9]{6} [0-9]{6}"},
      {"Hadoop_2k.log", "[0-9]{4}-[0-9]{2}-[0-9]{2} " + clock + ",[0-9]{3}"},
      {"HealthApp_2k.log", "[0-9]{8}-" + clock + ":[0-9]{3}"},
      {"Linux_2k.log", syslog},
      {"Mac_2k.log", syslog},
      {"OpenSSH_2k.log", syslog},
      {"OpenStack_2k.log", "[0-9]{4}-[0-9]{2}-[0-9]{2}[ _]" + clock},
      {"Proxifier_2k.log", "\\[[0-9]{2}\\.[0-9]{2} " + clock + "\\]"},
      {"Spark_2k.log", "[0-9]{2}/[0-9]{2}/[0-9]{2} " + clock},
      {"Thunderbird_2k.log", syslog},
      {"Thunderbird_2k.log", "[0-9]{4}\\.[0-9]{2}\\.[0-9]{2}"},
      {"Windows_2k.log", "[0-9]{4}-[0-9]{2}-[0-9]{2} " + clock},
      {"Windows_2k.log",
       "[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}:" + clock + "\\.[0-9]{3}"},
      {"Zookeeper_2k.log", "[0-9]{4}-[0-9]{2}-[0-9]{2} " + clock + ",[0-9]{3}"},
  };
  for (const auto& [file, pattern] : kTimestamps) {
    INFO(file << " " << pattern);
    CHECK(CheckNoFindingTouches(std::string("loghub/") + file, pattern) >= 13);
  }
  CHECK(CheckNoFindingTouches("elastic-examples/apache_logs.log",
                              "\\[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:" + clock +
                                  " [+-][0-9]{4}\\]") == 10000);
}

TEST_CASE("epoch seconds, milliseconds and nanoseconds survive scrubbing",
          "[accuracy]") {
  const std::string seconds = "\\b1[0-9]{9}\\b";
  const std::string millis = "\\b1[0-9]{12}\\b";
  CHECK(CheckNoFindingTouches("loghub/BGL_2k.log", seconds) >= 2000);
  CHECK(CheckNoFindingTouches("loghub/HPC_2k.log", seconds) >= 2000);
  CHECK(CheckNoFindingTouches("loghub/Thunderbird_2k.log", seconds) >= 2000);
  CHECK(CheckNoFindingTouches("loghub/HealthApp_2k.log", millis) >= 700);
  CHECK(CheckNoFindingTouches(
            "elastic-examples/nginxplus_json_logs.head100.jsonl", millis) >=
        1000);
  size_t nanos = 0;
  for (const char* file : {"otel-proto/events.json", "otel-proto/logs.json",
                           "otel-proto/metrics.json", "otel-proto/trace.json",
                           "fluent-bit/otel/otlp_logs_cases.json",
                           "fluent-bit/otel/routing_logs.json"}) {
    nanos += CheckNoFindingTouches(file, "\\b1[0-9]{18}\\b");
  }
  CHECK(nanos >= 80);
}

TEST_CASE("UUIDs in real logs survive scrubbing", "[accuracy]") {
  const std::string uuid =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
      "[0-9a-fA-F]{12}";
  CHECK(CheckAllRealLogs(uuid) >= 1900);
}

TEST_CASE("versions, durations, digests, trace ids and pod names survive",
          "[accuracy]") {
  // Three-part versions, never part of a longer dotted number (an address).
  CHECK(CheckAllRealLogs("(?:^|[^0-9.])(v?[0-9]+\\.[0-9]+\\.[0-9]+"
                         "(?:-[0-9A-Za-z.]+)?)(?![.0-9])",
                         1) >= 7300);
  // "took 0.017 s", "1784ms", "time: 3.5", "sleepTime=500".
  CHECK(CheckAllRealLogs("\\b[0-9]+(?:\\.[0-9]+)? ?(?:ms|us|ns|s|sec|secs|"
                         "seconds)\\b") >= 950);
  CHECK(CheckAllRealLogs("(?:[Tt]ime|dur|took|elapsed|latency)[=:] ?"
                         "[0-9]+(?:\\.[0-9]+)?") >= 1250);
  // Digests, trace and span ids: hex runs of 16, 32, 40 and 64 digits.
  CHECK(CheckAllRealLogs("\\b(?:[0-9a-fA-F]{16}|[0-9a-fA-F]{32}|"
                         "[0-9a-fA-F]{40}|[0-9a-fA-F]{64})\\b") >= 4150);
  // Kubernetes pod names: ReplicaSet hash and pod suffix.
  CHECK(CheckAllRealLogs("[a-z0-9-]+-[bcdfghjklmnpqrstvwxz2456789]{6,10}-"
                         "[bcdfghjklmnpqrstvwxz2456789]{5}\\b") >= 8);
}

TEST_CASE("Java and Akka endpoints with '@' are no e-mail addresses",
          "[accuracy]") {
  // FastLeaderElection@774, SafeStartup@0.0.0.0:62267,
  // CoarseGrainedScheduler@10.10.34.11, LeaseRenewer:msrabi@msra-sa-41:9000.
  detect::Scanner scanner(TheEngine().detectors);
  for (const char* file : {"loghub/Zookeeper_2k.log", "loghub/Hadoop_2k.log",
                           "loghub/Spark_2k.log", "loghub/Windows_2k.log"}) {
    std::string bytes = ReadCorpusFile(file);
    auto counts = CountFindings(file, bytes, scanner);
    INFO(file);
    CHECK(counts.findings[static_cast<int>(EvalType::kEmail)] == 0);
  }
}

TEST_CASE("Mac_2k.log: the URL-encoded e-mail address is scrubbed",
          "[accuracy]") {
  std::string bytes = ReadCorpusFile("loghub/Mac_2k.log");
  const std::string local_part = "13957525385";
  REQUIRE(Matches(bytes, std::regex(local_part + "%40163\\.com@")).size() ==
          10);
  std::string scrubbed = Scrub(bytes);
  CHECK(scrubbed.find(local_part) == std::string::npos);
  CHECK(scrubbed.find("[EMAIL]") != std::string::npos);
}

}  // namespace
}  // namespace logveil::accuracy
