#include "transform/apply.h"

#include <catch2/catch.hpp>

#include "transform/keyed_hash.h"

namespace logveil::transform {
namespace {

std::string Replace(const Action& action, std::string_view value,
                    std::string_view label = "CARD") {
  std::string out;
  AppendReplacement(action, label, value, out);
  return out;
}

TEST_CASE("redact expands the label into the template", "[unit]") {
  CHECK(Replace(RedactAction{}, "4111111111111111") == "[CARD]");
  CHECK(Replace(RedactAction{"<{label}>{x}"}, "v") == "<CARD>{x}");
}

TEST_CASE("mask keeps separators and the ends", "[unit]") {
  CHECK(Replace(MaskAction{}, "4111-1111-1111-1234") == "****-****-****-1234");
  CHECK(Replace(MaskAction{.keep_first = 6, .keep_last = 4},
                "4111 1111 1111 1234") == "4111 11** **** 1234");
  CHECK(Replace(MaskAction{.keep_last = 0, .mask_char = '#',
                           .keep_separators = false},
                "a.b") == "###");
  CHECK(Replace(MaskAction{.keep_first = 9, .keep_last = 9}, "ab-c") == "ab-c");
}

TEST_CASE("HMAC-SHA-256 matches RFC 4231 test case 2", "[unit]") {
  std::string out;
  AppendHmacSha256Hex("Jefe", "what do ya want for nothing?", 64, out);
  CHECK(out ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_CASE("HMAC-SHA-256 matches RFC 4231 test case 1", "[unit]") {
  std::string out;
  AppendHmacSha256Hex(std::string(20, '\x0b'), "Hi There", 64, out);
  CHECK(out ==
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

TEST_CASE("hash tokens are keyed and typed", "[unit]") {
  HashAction k1{.key = "k1"};
  HashAction k2{.key = "k2"};
  std::string a = Replace(k1, "a@example.com", "EMAIL");
  CHECK(a.size() == std::string("[EMAIL:]").size() + 12);
  CHECK(a.rfind("[EMAIL:", 0) == 0);
  CHECK(a == Replace(k1, "a@example.com", "EMAIL"));
  CHECK(a != Replace(k2, "a@example.com", "EMAIL"));
  // Domain separation: the same string under another label differs.
  CHECK(a.substr(7) != Replace(k1, "a@example.com", "PHONE").substr(7));
}

TEST_CASE("AppendScrubbed splices replacements in order", "[unit]") {
  std::vector<detect::Detector> detectors(2);
  detectors[0].label = "A";
  detectors[1].label = "B";
  ActionTable actions{RedactAction{}, KeepAction{}};
  std::vector<detect::Finding> findings{{0, {0, 2}}, {1, {3, 5}}, {0, {6, 7}}};
  std::string out;
  AppendScrubbed("xx yy zw", findings, detectors, actions, out);
  CHECK(out == "[A] yy [A]w");
}

}  // namespace
}  // namespace logveil::transform
