#include "regex/regex.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace logveil::regex {
namespace {

using Values = std::vector<std::string>;

Values FindAll(const std::string& pattern, std::string_view text,
               int capture = -1) {
  auto regex = Regex::Compile(pattern, capture);
  REQUIRE(regex.ok());
  std::vector<ByteRange> ranges;
  regex.value().FindAll(text, ranges);
  Values values;
  for (const ByteRange& range : ranges) {
    values.emplace_back(range.In(text));
  }
  return values;
}

TEST_CASE("regex: FindAll reports group 1 of every match", "[unit]") {
  CHECK(FindAll("(a+)b", "aab xab ab") == Values{"aa", "a", "a"});
  CHECK(FindAll("x(\\d+)", "x1 x22 y3") == Values{"1", "22"});
  CHECK(FindAll("\\d+", "a1 b22") == Values{"1", "22"});
  CHECK(FindAll("(a)(b)", "ab ab", 2) == Values{"b", "b"});
}

TEST_CASE("regex: a regex that is one group reports the whole match",
          "[unit]") {
  CHECK(FindAll("([a-z]+@[a-z]+)", "to: ann@host, bo@x") ==
        Values{"ann@host", "bo@x"});
  // Parentheses inside classes and escapes do not close the group.
  CHECK(FindAll("(x[)]y)", "x)y") == Values{"x)y"});
  CHECK(FindAll("(a\\)b)", "a)b") == Values{"a)b"});
  CHECK(FindAll("([^)]+\\))", "ab) c)") == Values{"ab)", " c)"});
}

TEST_CASE("regex: group 1 is not the whole match in look-alike shapes",
          "[unit]") {
  // Two groups side by side, or alternatives: group 1 is a part or absent.
  CHECK(FindAll("(a)(b)", "ab ab") == Values{"a", "a"});
  CHECK(FindAll("(a)|(b)", "a b a") == Values{"a", "a"});
  CHECK(FindAll("(a)b", "ab") == Values{"a"});
  CHECK(FindAll("(?:a)(b)", "ab") == Values{"b"});
}

TEST_CASE("regex: capture first reports the group that took part", "[unit]") {
  const std::string quoted = "k=(?:\"([^\"]*)\"|'([^']*)'|([a-z]+))";
  CHECK(FindAll(quoted, "k=\"a b\" k='c d' k=ef k=\"\"", Regex::kFirstGroup) ==
        Values{"a b", "c d", "ef"});
  // Nested groups: the outer one takes part first.
  CHECK(FindAll("((a)b)|(c)", "ab c", Regex::kFirstGroup) == Values{"ab", "c"});
  CHECK_FALSE(Regex::Compile("abc", Regex::kFirstGroup).ok());
}

TEST_CASE("regex: empty matches advance and are not reported", "[unit]") {
  CHECK(FindAll("(a*)", "baab") == Values{"aa"});
  CHECK(FindAll("x*", "").empty());
}

TEST_CASE("regex: a prefix match gives the match and every group", "[unit]") {
  // Leftmost-first, as libphonenumber's national-prefix patterns expect:
  // the first alternative wins though the second is longer.
  auto regex = Regex::Compile("0?(?:(11)?15)?|(9)", 0).value();
  std::vector<std::string_view> groups;
  REQUIRE(regex.MatchPrefix("01115234", groups));
  CHECK(groups == std::vector<std::string_view>{"01115", "11", ""});
  REQUIRE(regex.MatchPrefix("9", groups));
  CHECK(groups == std::vector<std::string_view>{"", "", ""});
  auto anchored = Regex::Compile("1|([2-9]\\d{2})$", 0).value();
  CHECK_FALSE(anchored.MatchPrefix("2345", groups));
  REQUIRE(anchored.MatchPrefix("234", groups));
  CHECK(groups == std::vector<std::string_view>{"234", "234"});
}

}  // namespace
}  // namespace logveil::regex
