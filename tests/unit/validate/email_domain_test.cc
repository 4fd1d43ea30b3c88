#include "validate/email_domain.h"

#include <catch2/catch.hpp>
#include <string>

namespace logveil::validate {
namespace {

TEST_CASE("email_domain: known top-level domains, in any case", "[unit]") {
  CHECK(IsKnownTld("com"));
  CHECK(IsKnownTld("COM"));
  CHECK(IsKnownTld("Org"));
  CHECK(IsKnownTld("de"));
  CHECK(IsKnownTld("uk"));
  CHECK(IsKnownTld("museum"));
  CHECK_FALSE(IsKnownTld(""));
  CHECK_FALSE(IsKnownTld("png"));
  CHECK_FALSE(IsKnownTld("localhost"));
  CHECK_FALSE(IsKnownTld("local"));
  CHECK_FALSE(IsKnownTld("21"));
  CHECK_FALSE(IsKnownTld(std::string(64, 'a')));
  CHECK_FALSE(IsKnownTld(std::string(300, 'c')));
}

TEST_CASE("email_domain: the list's comment lines are not TLDs", "[unit]") {
  CHECK_FALSE(IsKnownTld("#"));
  CHECK_FALSE(
      IsKnownTld("# Top-level domains accepted at the end of an email"
                 " address, one per line."));
}

TEST_CASE("email_domain: checks the text after the last dot", "[unit]") {
  CHECK(HasKnownTld("alice@example.com"));
  CHECK(HasKnownTld("bob+logs@mail.example.org"));
  CHECK(HasKnownTld("JOHN.DOE@EXAMPLE.CO.UK"));
  CHECK(HasKnownTld("john%40example.com"));
  CHECK(HasKnownTld("13957525385%40163.com@p28-contacts.icloud.com"));
  CHECK_FALSE(HasKnownTld("icon@2x.png"));
  CHECK_FALSE(HasKnownTld("lodash@4.17.21"));
  CHECK_FALSE(HasKnownTld("Scheduler@10.10.34.11"));
  CHECK_FALSE(HasKnownTld("user@localhost"));
  CHECK_FALSE(HasKnownTld("FastLeaderElection@774"));
  CHECK_FALSE(HasKnownTld("user@example."));
  CHECK_FALSE(HasKnownTld(""));
}

}  // namespace
}  // namespace logveil::validate
