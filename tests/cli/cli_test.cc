// The command line as a user meets it: the real binary run as a process.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "support/process.h"

namespace logveil {
namespace {

using testing::RunLogveil;

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("logveil_cli_" + std::to_string(getpid()) + "_" + name))
      .string();
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST_CASE("stdin to stdout, exit 0", "[cli]") {
  auto result = RunLogveil({}, "mail bob@example.com now\nclean line\n");
  CHECK(result.exit_code == 0);
  CHECK(result.out == "mail [EMAIL] now\nclean line\n");
  CHECK(result.err.empty());
}

TEST_CASE("'-' means stdin and -o writes a file", "[cli]") {
  std::string out = TempPath("out.log");
  auto result = RunLogveil({"-", "-o", out}, "ip 10.1.2.3\n");
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  CHECK(testing::ReadFile(out) == "ip [IPV4]\n");
  std::remove(out.c_str());
}

TEST_CASE("several files are scrubbed in order", "[cli]") {
  std::string a = TempPath("a.log"), b = TempPath("b.log");
  WriteFile(a, "first a@example.org\n");
  WriteFile(b, "second 192.168.0.1\n");
  auto result = RunLogveil({a, b});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "first [EMAIL]\nsecond [IPV4]\n");
  std::remove(a.c_str()), std::remove(b.c_str());
}

TEST_CASE("CRLF endings and a missing final newline are kept", "[cli]") {
  auto result = RunLogveil({}, "a 10.0.0.1\r\nb\r\n\r\nlast 10.0.0.2");
  CHECK(result.out == "a [IPV4]\r\nb\r\n\r\nlast [IPV4]");
}

TEST_CASE("NUL bytes and invalid UTF-8 pass through untouched", "[cli]") {
  const char raw_input[] = "x\0y \xff\xfe 10.0.0.1 \xc3\x28\n\0\n";
  const char raw_expected[] = "x\0y \xff\xfe [IPV4] \xc3\x28\n\0\n";
  std::string input(raw_input, sizeof raw_input - 1);
  std::string expected(raw_expected, sizeof raw_expected - 1);
  auto result = RunLogveil({}, input);
  CHECK(result.exit_code == 0);
  CHECK(result.out == expected);
}

TEST_CASE("empty input gives empty output", "[cli]") {
  auto result = RunLogveil({}, "");
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
}

TEST_CASE("a line longer than --max-record-bytes is scanned in full", "[cli]") {
  std::string filler(20000, 'x');
  std::string line = "start a@example.com " + filler + " mid 10.9.8.7 " +
                     filler + " end c@example.net\n";
  std::string expected =
      "start [EMAIL] " + filler + " mid [IPV4] " + filler + " end [EMAIL]\n";
  auto result =
      RunLogveil({"--max-record-bytes", "8192"}, line + "next 10.0.0.1\n");
  CHECK(result.exit_code == 0);
  CHECK(result.out == expected + "next [IPV4]\n");
}

TEST_CASE("long quoted secrets and names are redacted whole", "[cli]") {
  // Browser cookies run to kilobytes, generated passwords and keys to
  // hundreds of bytes; a length bound on the quoted value let them out.
  std::string cookie, password;
  for (int i = 0; i < 300; ++i) cookie += "Zq8x-W3k1_";
  for (int i = 0; i < 30; ++i) password += "hG7!pQ2v#e";
  auto result =
      RunLogveil({}, "Cookie: \"sid=" + cookie + "\" ok\npassword='" +
                         password + "' ok\npassword=\"" + password + " ok\n");
  CHECK(result.out ==
        "Cookie: \"[SECRET]\" ok\npassword='[SECRET]' ok\n"
        "password=\"[SECRET] ok\n");
  std::string name;
  for (int i = 0; i < 8; ++i) name += "Maria del Carmen ";
  result = RunLogveil({}, "customer_name=\"" + name + "Garcia\" ok\n" +
                              "first_name=\"Ann ok\n");
  CHECK(result.out == "customer_name=\"[NAME]\" ok\nfirst_name=\"[NAME] ok\n");
  result = RunLogveil({}, "From: \"" + name + "\" <sip:ann@example.com>\n" +
                              "CallerID \"" + name + "\" <4155550173>\n");
  CHECK(result.out ==
        "From: \"[NAME]\" <sip:[EMAIL]>\nCallerID \"[NAME]\" <[PHONE]>\n");
}

TEST_CASE("a value straddling a long-line cut is still found", "[cli]") {
  // 8192-byte pieces with a 4096-byte holdback: put emails at every offset
  // near the cut positions, with no spaces to cut at.
  std::string line;
  std::string expected;
  for (int i = 0; i < 1000; ++i) {
    line += ";user" + std::to_string(i) + "@example.com";
    expected += ";[EMAIL]";
  }
  auto result = RunLogveil({"--max-record-bytes", "8192"}, line + "\n");
  CHECK(result.out == expected + "\n");
}

TEST_CASE("help and version exit 0", "[cli]") {
  auto help = RunLogveil({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--policy") != std::string::npos);
  CHECK(help.out.find("--phone-region") != std::string::npos);
  auto version = RunLogveil({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("logveil ", 0) == 0);
}

TEST_CASE("usage errors exit 2", "[cli]") {
  CHECK(RunLogveil({"--no-such-flag"}).exit_code == 2);
  CHECK(RunLogveil({"--action", "shred"}).exit_code == 2);
  CHECK(RunLogveil({"--phone-region", "XX"}, "x\n").exit_code == 2);
}

TEST_CASE("hash without a key is a configuration error", "[cli]") {
  auto result = RunLogveil({"--action", "hash"}, "a@example.com\n");
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err.find("LOGVEIL_HASH_KEY") != std::string::npos);
}

TEST_CASE("hash is keyed: same key same token, other key other token",
          "[cli]") {
  std::string line = "a@example.com a@example.com b@example.com\n";
  auto one = RunLogveil({"--action", "hash"}, line, {"LOGVEIL_HASH_KEY=k1"});
  auto again = RunLogveil({"--action", "hash"}, line, {"LOGVEIL_HASH_KEY=k1"});
  auto other = RunLogveil({"--action", "hash"}, line, {"LOGVEIL_HASH_KEY=k2"});
  REQUIRE(one.exit_code == 0);
  CHECK(one.out == again.out);
  CHECK(one.out != other.out);
  // [EMAIL:k1:<12 hex>] three times; the first two equal, the third not.
  REQUIRE(one.out.size() == 3 * 23 + 2 + 1);
  CHECK(one.out.substr(0, 23) == one.out.substr(24, 23));
  CHECK(one.out.substr(0, 23) != one.out.substr(48, 23));
  CHECK(one.out.rfind("[EMAIL:k1:", 0) == 0);
}

TEST_CASE("a hash key file supplies the key", "[cli]") {
  std::string key = TempPath("key");
  WriteFile(key, "k1\n");
  auto from_file = RunLogveil({"--action", "hash", "--hash-key-file", key},
                              "a@example.com\n");
  auto from_env = RunLogveil({"--action", "hash"}, "a@example.com\n",
                             {"LOGVEIL_HASH_KEY=k1"});
  CHECK(from_file.exit_code == 0);
  CHECK(from_file.out == from_env.out);
  std::remove(key.c_str());
}

TEST_CASE("mask keeps separators and the last four", "[cli]") {
  auto result = RunLogveil({"--action", "mask"}, "card 4111-1111-1111-1111\n");
  CHECK(result.out == "card ****-****-****-1111\n");
}

TEST_CASE("scrubbing scrubbed output changes nothing", "[cli]") {
  std::string input =
      "u=bob@example.com ip=10.0.0.1 v6=2001:db8::1 mac=00:1a:2b:3c:4d:5e "
      "card=4111 1111 1111 1111 iban=DE89370400440532013000 "
      "tel=+1 415 555 0132 at 25.2048, 55.2708\n";
  for (const char* action : {"redact", "mask", "hash"}) {
    auto once = RunLogveil({"--action", action}, input, {"LOGVEIL_HASH_KEY=k"});
    auto twice =
        RunLogveil({"--action", action}, once.out, {"LOGVEIL_HASH_KEY=k"});
    INFO(action);
    CHECK(once.out != input);
    CHECK(twice.out == once.out);
  }
}

TEST_CASE("a broken policy names the file and line", "[cli]") {
  std::string policy = TempPath("policy.yaml");
  WriteFile(policy, "actions:\n  default: redact\n  EMAIL: shred\n");
  auto result = RunLogveil({"--policy", policy}, "x\n");
  CHECK(result.exit_code == 2);
  CHECK(result.err.find(policy + ":3:") != std::string::npos);
  CHECK(result.err.find("unknown action 'shred'") != std::string::npos);
  std::remove(policy.c_str());
}

TEST_CASE("a policy chooses actions per type and turns detectors off",
          "[cli]") {
  std::string policy = TempPath("policy2.yaml");
  WriteFile(policy,
            "detectors:\n  exclude: [network.ipv4]\n"
            "actions:\n  EMAIL: {redact: '<{label}>'}\n"
            "  payment: {mask: {keep_first: 4, keep_last: 2, char: '#'}}\n");
  auto result = RunLogveil({"--policy", policy},
                           "a@example.com 10.0.0.1 4111111111111111\n");
  CHECK(result.out == "<EMAIL> 10.0.0.1 4111##########11\n");
  std::remove(policy.c_str());
}

TEST_CASE("a missing input file names the file and exits 1", "[cli]") {
  auto result = RunLogveil({"/nonexistent/app.log"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("/nonexistent/app.log") != std::string::npos);
}

TEST_CASE("stats count findings per type and never print values", "[cli]") {
  std::string input = "bob@example.com 10.0.0.1\nclean\n10.0.0.2\n";
  auto text = RunLogveil({"--stats"}, input);
  CHECK(text.err.find("3 records (2 rewritten)") != std::string::npos);
  CHECK(text.err.find("EMAIL        1") != std::string::npos);
  CHECK(text.err.find("IPV4         2") != std::string::npos);
  auto json = RunLogveil({"--stats=json"}, input);
  CHECK(json.err.find("\"findings\":{\"EMAIL\":1,\"IPV4\":2}") !=
        std::string::npos);
  for (const auto* err : {&text.err, &json.err}) {
    CHECK(err->find("bob") == std::string::npos);
    CHECK(err->find("10.0.0") == std::string::npos);
  }
}

TEST_CASE("errors never contain record content", "[cli]") {
  // A policy error and an unreadable output, both with PII on stdin.
  auto result = RunLogveil({"-o", "/nonexistent/dir/out.log"},
                           "secret bob@example.com\n");
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("bob") == std::string::npos);
}

TEST_CASE("a closed downstream pipe is not an error", "[cli]") {
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "line 10.0.0.1 with some text\n";
  std::string path = TempPath("big.log");
  WriteFile(path, big);
  std::string command = "bash -c '" + std::string(LOGVEIL_BINARY) + " " + path +
                        " | head -c 10 >/dev/null; exit ${PIPESTATUS[0]}'";
  CHECK(std::system(command.c_str()) == 0);
  std::remove(path.c_str());
}

TEST_CASE("explain prints findings with detector and span", "[cli]") {
  auto result = RunLogveil({"explain", "to bob@example.com from 10.0.0.1"});
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "EMAIL    contact.email            [3,18) bob@example.com\n"
        "IPV4     network.ipv4             [24,32) 10.0.0.1\n");
}

TEST_CASE("explain shows what an escaped finding means", "[cli]") {
  auto result = RunLogveil({"explain", "GET /u?e=bob%40example.com&x=1"});
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "EMAIL    contact.email            [9,26) bob%40example.com "
        "(form: bob@example.com)\n");
}

TEST_CASE("patterns list and check", "[cli]") {
  auto list = RunLogveil({"patterns", "list"});
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("contact.email") != std::string::npos);
  auto check = RunLogveil({"patterns", "check"});
  INFO(check.out);
  CHECK(check.exit_code == 0);
  CHECK(check.out.find(" 0 failed") != std::string::npos);
}

TEST_CASE("patterns check fails on a broken pattern directory", "[cli]") {
  std::string dir = TempPath("patterns");
  std::filesystem::create_directories(dir);
  WriteFile(dir + "/mine.yaml",
            "patterns:\n  - id: mine.word\n    label: WORD\n"
            "    category: mine\n    regex: '\\b(secretword)\\b'\n"
            "    examples: ['secretword', 'a secretword b']\n"
            "    negative_examples: ['secretword2', 'secretword']\n");
  auto check = RunLogveil({"patterns", "check", dir});
  CHECK(check.exit_code == 2);
  CHECK(
      check.out.find("FAIL mine.word: negative example 2 produced a finding") !=
      std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace logveil

namespace logveil {
namespace {

TEST_CASE("scan writes one JSON line per finding, values only on request",
          "[cli]") {
  std::string input = "a bob@example.com\nnone\nip 10.0.0.1\n";
  auto plain = testing::RunLogveil({"scan"}, input);
  CHECK(plain.exit_code == 0);
  CHECK(plain.out ==
        "{\"record\":1,\"start\":2,\"end\":17,\"type\":\"EMAIL\","
        "\"detector\":\"contact.email\"}\n"
        "{\"record\":3,\"start\":3,\"end\":11,\"type\":\"IPV4\","
        "\"detector\":\"network.ipv4\"}\n");
  auto values = testing::RunLogveil({"scan", "--show-values"}, "ip 10.0.0.1\n");
  CHECK(values.out ==
        "{\"record\":1,\"start\":3,\"end\":11,\"type\":\"IPV4\","
        "\"detector\":\"network.ipv4\",\"value\":\"10.0.0.1\"}\n");
  auto summary = testing::RunLogveil({"scan", "--summary"}, input);
  CHECK(summary.out == "records 3\nrecords_with_findings 2\nEMAIL 1\nIPV4 1\n");
}

TEST_CASE("engine flags before FILE never swallow the file", "[cli]") {
  std::string path = TempPath("regions.log");
  WriteFile(path, "uk 020 7946 0958\n");
  auto result = testing::RunLogveil({"--phone-region", "GB", path});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "uk [PHONE]\n");
  auto scan = testing::RunLogveil({"scan", "--phone-region", "GB", path});
  CHECK(scan.out.find("\"type\":\"PHONE\"") != std::string::npos);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace logveil

namespace logveil {
namespace {

TEST_CASE("a policy allow-list keeps listed values, per type", "[cli]") {
  std::string policy = TempPath("allow.yaml");
  WriteFile(policy,
            "allow:\n"
            "  cidrs: [192.0.2.0/24, '2001:db8::/32']\n"
            "  email_domains: [ourco.com]\n"
            "  values: [noreply@example.com]\n"
            "  card_bins: ['411111']\n");
  auto result = testing::RunLogveil(
      {"--policy", policy},
      "192.0.2.7 198.51.100.7 2001:db8::1 ops@ourco.com noreply@example.com "
      "bob@example.com 4111 1111 1111 1111 and 5555 5555 5555 4444\n");
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "192.0.2.7 [IPV4] 2001:db8::1 ops@ourco.com noreply@example.com "
        "[EMAIL] 4111 1111 1111 1111 and [CARD]\n");
  WriteFile(policy, "allow:\n  cidrs: [10.0.0.0/40]\n");
  auto bad = testing::RunLogveil({"--policy", policy}, "x\n");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("10.0.0.0/40") != std::string::npos);
  std::remove(policy.c_str());
}

}  // namespace
}  // namespace logveil
