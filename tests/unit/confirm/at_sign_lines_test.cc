// The chat-id and URL-credential fast paths against their entries'
// regexes: they decide lines with no match (finding nothing) and decline
// every line where the regex may find something.
#include "confirm/at_sign_lines.h"

#include <catch2/catch.hpp>

#include "unit/confirm/fast_path_test_support.h"

namespace logveil::confirm {
namespace {

using testing::Decided;
using testing::Values;

TEST_CASE("chat id fast path: decides lines without a chat id", "[unit]") {
  for (const char* text :
       {"", "bob@example.com", "bot@s.whatsapp.net", "status@broadcast",
        "1 @c.us", "user 12@example.com and 3@g.uk"}) {
    CAPTURE(text);
    CHECK(Decided(&RuleOutChatIds, text) == Values{});
  }
  for (const char* text :
       {"msg from 971501234567@s.whatsapp.net", "14155550132@c.us",
        "a@b.com 971501234567-1614000000@g.us", "9@lid", "ab1@c.us"}) {
    CAPTURE(text);
    CHECK_FALSE(Decided(&RuleOutChatIds, text).has_value());
  }
}

TEST_CASE("URL credentials fast path: decides lines without them", "[unit]") {
  for (const char* text : {"", "user@example.com", "https://example.com/a@b",
                           "ftp://x/ and me@host", "://", "a:// /@"}) {
    CAPTURE(text);
    CHECK(Decided(&RuleOutUrlUserinfo, text) == Values{});
  }
  for (const char* text :
       {"postgres://app:s3cr3t@db.internal:5432/main",
        "ftp://anonymous@ftp.example.org/", "https://a/ redis://x@y", "://@"}) {
    CAPTURE(text);
    CHECK_FALSE(Decided(&RuleOutUrlUserinfo, text).has_value());
  }
}

TEST_CASE("chat id fast path: agrees with the regex on random text", "[unit]") {
  const char* const kPieces[] = {
      "1234567", "1",     "-", "@", "@",  "s.whatsapp.net", "c.us", "g.us",
      "lid",     "s.wha", " ", "_", "\n",
  };
  testing::Agreement agreement = testing::CompareOnRandomValues(
      testing::LoadEntry("contact.chat_id"), kPieces, 50000);
  CHECK(agreement.decided > 25000);
  CHECK(agreement.with_matches > 200);  // each one declined
}

TEST_CASE("URL credentials fast path: agrees with the regex on random text",
          "[unit]") {
  const char* const kPieces[] = {
      "s://", "://", "u:p@", "u", ":", "@", "/", "?", " ", "\"", "\n", "x",
  };
  testing::Agreement agreement = testing::CompareOnRandomValues(
      testing::LoadEntry("secret.url_userinfo"), kPieces, 50000);
  CHECK(agreement.decided > 12500);
  CHECK(agreement.with_matches > 400);  // each one declined
}

}  // namespace
}  // namespace logveil::confirm
