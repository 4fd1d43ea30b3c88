// The e-mail fast path against the contact.email regex it stands in for:
// exact spans where it decides, and a decline wherever only the regex can
// read the text (quoted local parts, non-ASCII, address literals).
#include "confirm/email_span.h"

#include <catch2/catch.hpp>

#include "unit/confirm/fast_path_test_support.h"

namespace logveil::confirm {
namespace {

using testing::Values;

const testing::RegexWithFastPath& Email() {
  static const testing::RegexWithFastPath entry =
      testing::LoadEntry("contact.email");
  return entry;
}

std::optional<Values> Fast(std::string_view text) {
  REQUIRE(Email().fast_path == &FindEmailSpans);
  return testing::Decided(&FindEmailSpans, text);
}

Values Slow(std::string_view text) {
  return testing::RegexSpans(Email().regex, text);
}

TEST_CASE("email fast path: the regex's spans in ASCII text", "[unit]") {
  const char* const kValues[] = {
      "to <priya_hernandez@yahoo.com>: 550 5.1.1",
      "email=karen.miller@zoho.eu, phone=(574) 731-9073",
      "a@example.com.x and b@mail.example.co.uk.",
      "x@foo@example.com",
      "first..last@mail.example.org and +help@moz.com",
      "GET /x?user@example.com&y=1",
      "lodash@4.17.21 icon@2x.png user@localhost",
      "user@xn--80ak6aa92e.com a@b.XN--P1AI c@d.xn--e_",
      "a@b.comx_ a@b.com_ a@b.c-m a@b.abcdefghijklmnopqrstuvwxyzabcdefghij"
      "klmnopqrstuvwxyzabcdefghijklm",
      "@@@ @a.com .@b.com ~@c.com a@-.com",
      "",
  };
  for (const char* text : kValues) {
    CAPTURE(text);
    std::optional<Values> fast = Fast(text);
    REQUIRE(fast.has_value());
    CHECK(*fast == Slow(text));
  }
  CHECK(*Fast("x@foo@example.com") == Values{"foo@example.com"});
  CHECK(*Fast("a@example.com.x") == Values{"a@example.com"});
  CHECK(*Fast("+help@moz.com") == Values{"help@moz.com"});
  CHECK(Fast("lodash@4.17.21")->empty());
}

TEST_CASE("email fast path: declines what only the regex reads", "[unit]") {
  const char* const kValues[] = {
      "\"joe bloggs\"@example.com",
      // The quoted local part starts before another address.
      "say \"hi foo@example.com\"@x.com",
      "\xce\xb4\xce\xbf\xce\xba\xce\xb9\xce\xbc\xce\xae@example.com",
      "user@caf\xc3\xa9.com",
      "ok a@b.com then \xc3\xa9@x.com",
      "joe@[192.0.2.1]",
  };
  for (const char* text : kValues) {
    CAPTURE(text);
    CHECK_FALSE(Fast(text).has_value());
  }
}

// Strings of pieces chosen to hit every choice the scanner makes: label
// and top-level-domain lengths, xn--, boundaries, quotes, non-ASCII, '['.
TEST_CASE("email fast path: agrees with the regex on random text", "[unit]") {
  const char* const kPieces[] = {
      "a",     "Z",      "x",   "n",    "0",    "9",    ".",     ".",
      "-",     "_",      "~",   "+",    "=",    "@",    "@",     " ",
      "\"",    "[",      "]",   "/",    "'",    "}",    "\xc3",  "\xa9",
      "\n",    "%",      "\t",  "1.2",  "com",  "org",  "ab",    "abc",
      "xn--",  "user@",  "a.b", "@ex.", "mail", ".com", ".io",   "@b.c",
      ".xn--", "@xn--a", "co.", "uk",   "_x",   ".de-", "@host", "Q.",
  };
  testing::Agreement agreement =
      testing::CompareOnRandomValues(Email(), kPieces, 100000);
  // Most texts are decided, many with an address in them.
  CHECK(agreement.decided > 50000);
  CHECK(agreement.with_matches > 5000);
}

}  // namespace
}  // namespace logveil::confirm
