#include "transform/apply.h"

#include <catch2/catch.hpp>

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
  CHECK(Replace(
            MaskAction{
                .keep_last = 0, .mask_char = '#', .keep_separators = false},
            "a.b") == "###");
  CHECK(Replace(MaskAction{.keep_first = 9, .keep_last = 9}, "ab-c") == "ab-c");
}

TEST_CASE("hash tokens are keyed and typed", "[unit]") {
  HashAction k1, k2;
  k1.key = {"k1", SecretKey("one")};
  k2.key = {"k2", SecretKey("two")};
  std::string a = Replace(k1, "a@example.com", "EMAIL");
  CHECK(a.size() == std::string("[EMAIL:k1:]").size() + 12);
  CHECK(a.rfind("[EMAIL:k1:", 0) == 0);
  CHECK(a == Replace(k1, "a@example.com", "EMAIL"));
  CHECK(Replace(k2, "a@example.com", "EMAIL").rfind("[EMAIL:k2:", 0) == 0);
  CHECK(a.substr(10) != Replace(k2, "a@example.com", "EMAIL").substr(10));
  // Domain separation: the same string under another label differs.
  CHECK(a.substr(10) != Replace(k1, "a@example.com", "PHONE").substr(10));
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
