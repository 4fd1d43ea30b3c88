// Pseudonymize, generalize, encrypt and reveal as a user meets them: the
// real binary, its keys, exit codes and what a second pass does.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "support/process.h"

namespace logveil {
namespace {

namespace fs = std::filesystem;
using testing::RunLogveil;

// Test secrets: they protect nothing.
constexpr char kHashKey[] = "LOGVEIL_HASH_KEY=cli-test-hash-secret-4f1c";
constexpr char kEncryptKey[] =
    "LOGVEIL_ENCRYPT_KEY=cli-test-encrypt-secret-9b2e";

std::string TempPath(const std::string& name) {
  return (fs::temp_directory_path() /
          ("logveil_pseudo_" + std::to_string(getpid()) + "_" + name))
      .string();
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

const char kLine[] =
    "u=bob@example.com ip=10.0.0.1 v6=2001:db8::1 mac=00:1a:2b:3c:4d:5e "
    "card=4111 1111 1111 1111 iban=DE89370400440532013000 "
    "tel=+1 415 555 0132 at 25.2048, 55.2708\n";

TEST_CASE("reveal restores an encrypted loghub corpus byte for byte", "[cli]") {
  fs::path corpus = fs::path(LOGVEIL_SHARED_DIR) / "corpus/loghub";
  int files = 0, changed = 0;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".log") continue;
    ++files;
    // Files, not stdin: see the long-line test below.
    std::string sealed = TempPath("corpus.enc");
    auto scrubbed = RunLogveil(
        {"--action", "encrypt", "-j", "2", entry.path().string(), "-o", sealed},
        "", {kEncryptKey});
    auto revealed = RunLogveil({"reveal", sealed}, "", {kEncryptKey});
    std::string input = testing::ReadFile(entry.path().string());
    changed += testing::ReadFile(sealed) != input;
    std::remove(sealed.c_str());
    INFO(entry.path().filename());
    REQUIRE(scrubbed.exit_code == 0);
    REQUIRE(revealed.exit_code == 0);
    CHECK(revealed.out == input);
  }
  CHECK(files >= 16);
  CHECK(changed >= 8);  // most loghub files hold IPs, emails or MACs
}

TEST_CASE("reveal gives JSON events back byte for byte", "[cli]") {
  // A number becomes a marked string token and comes back a number; an
  // escaped value is sealed as written, so its escapes come back too.
  const std::string events =
      "{\"card\":4111111111111111,\"tel\": 14155550132 ,\"n\":[1.5,"
      "5555555555554444]}\n"
      "{\"msg\":\"mail \\\"a@b.com\\\" \\u0061@example.com\","
      "\"ip\":\"10.0.0.\\u0031\"}\n"
      "{\"deep\":{\"s\":\"{\\\"card\\\":4111111111111111}\"}}\n";
  auto sealed = RunLogveil({"--action", "encrypt"}, events, {kEncryptKey});
  REQUIRE(sealed.exit_code == 0);
  CHECK(sealed.out.find("4111") == std::string::npos);
  CHECK(sealed.out.find("example.com") == std::string::npos);
  CHECK(sealed.out.find("~n]\"") != std::string::npos);
  auto revealed = RunLogveil({"reveal"}, sealed.out, {kEncryptKey});
  REQUIRE(revealed.exit_code == 0);
  CHECK(revealed.out == events);
  // The number's token joins with the same card written in text.
  auto text = RunLogveil({"--action", "encrypt"}, "card 4111111111111111\n",
                         {kEncryptKey});
  std::string token = text.out.substr(5, text.out.size() - 7);  // no ']\n'
  CHECK(sealed.out.find(token + "~n]") != std::string::npos);
}

TEST_CASE("reveal restores percent-, HTML- and JSON-escaped values", "[cli]") {
  // Encrypt seals a finding's bytes as written, so the escapes come back.
  const std::string input =
      "GET /u?email=john%40example.com&tel=%2B1+415+555+0132 HTTP/1.1\n"
      "<p>john&#64;example.com &amp; john&commat;example&period;com</p>\n"
      "body=\"{\\\"e\\\":\\\"john\\u0040example.com\\\"}\"\n";
  auto sealed = RunLogveil({"--action", "encrypt"}, input, {kEncryptKey});
  REQUIRE(sealed.exit_code == 0);
  CHECK(sealed.out.find("example") == std::string::npos);
  CHECK(sealed.out.find("email=[EMAIL~") != std::string::npos);
  CHECK(sealed.out.find("tel=[PHONE~") != std::string::npos);
  auto again = RunLogveil({"--action", "encrypt"}, sealed.out, {kEncryptKey});
  CHECK(again.out == sealed.out);
  auto revealed = RunLogveil({"reveal"}, sealed.out, {kEncryptKey});
  REQUIRE(revealed.exit_code == 0);
  CHECK(revealed.out == input);
}

TEST_CASE("reveal refuses without the key or with a wrong one", "[cli]") {
  auto scrubbed = RunLogveil({"--action", "encrypt"}, kLine, {kEncryptKey});
  REQUIRE(scrubbed.exit_code == 0);
  CHECK(scrubbed.out.find("[EMAIL~k1~") != std::string::npos);
  auto keyless = RunLogveil({"reveal"}, scrubbed.out);
  CHECK(keyless.exit_code == 2);
  CHECK(keyless.out.empty());
  CHECK(keyless.err.find("LOGVEIL_ENCRYPT_KEY") != std::string::npos);
  auto wrong =
      RunLogveil({"reveal"}, scrubbed.out, {"LOGVEIL_ENCRYPT_KEY=wrong"});
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err.find("stdin:1: token [") != std::string::npos);
  CHECK(wrong.err.find("wrong key or tenant") != std::string::npos);
  auto no_key = RunLogveil({"--action", "encrypt"}, kLine);
  CHECK(no_key.exit_code == 2);
  CHECK(no_key.err.find("needs a key") != std::string::npos);
}

TEST_CASE("reveal cuts a very long line between tokens, never in one",
          "[cli]") {
  // Files, not pipes: RunLogveil writes stdin in one blocking write, and a
  // child that must write before it reads everything would deadlock it.
  std::string filler(3 << 20, 'x');
  std::string line;
  for (int i = 0; i < 4; ++i) {
    line += filler + " mail" + std::to_string(i) + "@example.com";
  }
  line += "\n";
  std::string plain = TempPath("long.log"), sealed = TempPath("long.enc");
  WriteFile(plain, line);
  auto scrubbed = RunLogveil({"--action", "encrypt", plain, "-o", sealed}, "",
                             {kEncryptKey});
  REQUIRE(scrubbed.exit_code == 0);
  std::string tokens = testing::ReadFile(sealed);
  CHECK(tokens.find("[EMAIL~k1~") != std::string::npos);
  auto revealed = RunLogveil({"reveal", sealed}, "", {kEncryptKey});
  CHECK(revealed.exit_code == 0);
  CHECK(revealed.out == line);
  std::remove(plain.c_str()), std::remove(sealed.c_str());
}

TEST_CASE("rotated keys: old tokens still reveal with the old key", "[cli]") {
  std::string old_keys = TempPath("old.keys"), new_keys = TempPath("new.keys");
  std::string e1 = "encrypt e1 " + std::string(32, '1');
  std::string e2 = "encrypt e2 " + std::string(32, '2');
  WriteFile(old_keys, e1 + "\n");
  WriteFile(new_keys, e1 + "\n" + e2 + " active\n");
  auto before = RunLogveil({"--action", "encrypt", "--key-file", old_keys},
                           "mail bob@example.com\n");
  auto after = RunLogveil({"--action", "encrypt", "--key-file", new_keys},
                          "mail bob@example.com\n");
  CHECK(before.out.find("[EMAIL~e1~") != std::string::npos);
  CHECK(after.out.find("[EMAIL~e2~") != std::string::npos);
  auto both =
      RunLogveil({"reveal", "--key-file", new_keys}, before.out + after.out);
  CHECK(both.exit_code == 0);
  CHECK(both.out == "mail bob@example.com\nmail bob@example.com\n");
  WriteFile(new_keys, e2 + "\n");
  auto only_new = RunLogveil({"reveal", "--key-file", new_keys}, before.out);
  CHECK(only_new.exit_code == 2);
  CHECK(only_new.err.find("[EMAIL~e1~...]") != std::string::npos);
  std::remove(old_keys.c_str()), std::remove(new_keys.c_str());
}

TEST_CASE("the tenant separates pseudonyms and is needed to reveal", "[cli]") {
  auto plain = RunLogveil({"--action", "pseudonymize"}, kLine, {kHashKey});
  auto acme = RunLogveil({"--action", "pseudonymize", "--tenant", "acme"},
                         kLine, {kHashKey});
  CHECK(plain.out != acme.out);
  auto sealed = RunLogveil({"--action", "encrypt", "--tenant", "acme"}, kLine,
                           {kEncryptKey});
  CHECK(RunLogveil({"reveal"}, sealed.out, {kEncryptKey}).exit_code == 2);
  auto opened =
      RunLogveil({"reveal", "--tenant", "acme"}, sealed.out, {kEncryptKey});
  CHECK(opened.exit_code == 0);
  CHECK(opened.out == kLine);
}

TEST_CASE("keys never reach output, errors or stats", "[cli]") {
  std::string hash_secret = "cli-test-hash-secret-4f1c";
  std::string encrypt_secret = "cli-test-encrypt-secret-9b2e";
  for (const char* action : {"hash", "pseudonymize", "encrypt"}) {
    auto result = RunLogveil({"--action", action, "--stats=json"}, kLine,
                             {kHashKey, kEncryptKey});
    INFO(action);
    CHECK(result.exit_code == 0);
    for (const auto& text : {result.out, result.err}) {
      CHECK(text.find(hash_secret) == std::string::npos);
      CHECK(text.find(encrypt_secret) == std::string::npos);
    }
  }
  std::string keys = TempPath("bad.keys");
  std::string secret(40, 'c');
  WriteFile(keys, "hash k1 " + secret + " current\n");
  auto bad = RunLogveil({"--action", "hash", "--key-file", keys}, kLine);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find(":1:") != std::string::npos);
  CHECK(bad.err.find(secret) == std::string::npos);
  std::remove(keys.c_str());
}

TEST_CASE("a second pass: what changes and what does not", "[cli]") {
  // Token actions and generalize are idempotent.
  for (const char* action : {"encrypt", "generalize"}) {
    auto once =
        RunLogveil({"--action", action}, kLine, {kHashKey, kEncryptKey});
    auto twice =
        RunLogveil({"--action", action}, once.out, {kHashKey, kEncryptKey});
    INFO(action);
    CHECK(once.out != kLine);
    CHECK(twice.out == once.out);
  }
  // Pseudonymized emails carry a keyed tag and cards fail Luhn: both stay.
  // IPs, MACs and phones are real-looking values and map again: still
  // deterministic, prefix- and vendor-preserving, but not the same.
  auto once = RunLogveil({"--action", "pseudonymize"}, kLine, {kHashKey});
  auto twice = RunLogveil({"--action", "pseudonymize"}, once.out, {kHashKey});
  auto field = [](const std::string& line, const std::string& key) {
    size_t begin = line.find(key) + key.size();
    return line.substr(begin, line.find(' ', begin) - begin);
  };
  CHECK(field(twice.out, "u=") == field(once.out, "u="));
  CHECK(twice.out.find(field(once.out, "card=")) != std::string::npos);
  CHECK(field(twice.out, "ip=") != field(once.out, "ip="));
  CHECK(twice.out ==
        RunLogveil({"--action", "pseudonymize"}, once.out, {kHashKey}).out);
}

TEST_CASE("pseudonyms are the same for any thread count", "[cli]") {
  std::string input = testing::ReadFile(
      (fs::path(LOGVEIL_SHARED_DIR) / "corpus/loghub/OpenSSH_2k.log").string());
  auto one =
      RunLogveil({"--action", "pseudonymize", "-j", "1"}, input, {kHashKey});
  auto four =
      RunLogveil({"--action", "pseudonymize", "-j", "4"}, input, {kHashKey});
  CHECK(one.exit_code == 0);
  CHECK(one.out != input);
  CHECK(one.out == four.out);
}

}  // namespace
}  // namespace logveil
