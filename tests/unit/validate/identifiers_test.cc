#include <catch2/catch.hpp>

#include "validate/br_cpf.h"
#include "validate/device_id.h"
#include "validate/jwt.h"
#include "validate/placeholder.h"
#include "validate/us_ssn.h"

namespace logveil::validate {
namespace {

TEST_CASE("US SSN: SSA never-issued ranges are rejected", "[unit]") {
  CHECK(IsPlausibleUsSsn("123-45-6789"));
  CHECK(IsPlausibleUsSsn("078051120"));
  CHECK_FALSE(IsPlausibleUsSsn("000-45-6789"));
  CHECK_FALSE(IsPlausibleUsSsn("666-45-6789"));
  CHECK_FALSE(IsPlausibleUsSsn("900-45-6789"));
  CHECK_FALSE(IsPlausibleUsSsn("123-00-6789"));
  CHECK_FALSE(IsPlausibleUsSsn("123-45-0000"));
  CHECK_FALSE(IsPlausibleUsSsn("123-45-678"));
  CHECK_FALSE(IsPlausibleUsSsn("123-45-67890"));
}

TEST_CASE("Brazilian CPF: both mod-11 check digits", "[unit]") {
  CHECK(IsValidBrCpf("526.018.159-06"));
  CHECK(IsValidBrCpf("52601815906"));
  CHECK(IsValidBrCpf("083.016.613-05"));
  // A first check digit that is 10 mod 11 is written 0.
  CHECK(IsValidBrCpf("143.301.467-03"));
  CHECK_FALSE(IsValidBrCpf("143.301.467-13"));
  CHECK_FALSE(IsValidBrCpf("526.018.159-07"));
  CHECK_FALSE(IsValidBrCpf("526.018.159-16"));
  CHECK_FALSE(IsValidBrCpf("111.111.111-11"));
  CHECK_FALSE(IsValidBrCpf("000.000.000-00"));
  CHECK_FALSE(IsValidBrCpf("5260181590"));
  CHECK_FALSE(IsValidBrCpf("526018159066"));
  CHECK_FALSE(IsValidBrCpf("526 018 159 06"));
}

TEST_CASE("IMEI: 15 digits with Luhn, or a 16-digit IMEISV", "[unit]") {
  CHECK(IsImei("490154203237518"));
  CHECK_FALSE(IsImei("490154203237519"));
  CHECK(IsImei("3520990017614823"));
  CHECK_FALSE(IsImei("49015420323751"));
  CHECK_FALSE(IsImei("49015420323751x"));
  // Grouped as labels print it, one separator throughout.
  CHECK(IsImei("49-015420-323751-8"));
  CHECK(IsImei("49 015420 323751 8"));
  CHECK_FALSE(IsImei("49-015420-323751-9"));
  CHECK_FALSE(IsImei("49-015420 323751-8"));
  CHECK_FALSE(IsImei("49-01542-0323751-8"));
  CHECK_FALSE(IsImei("4901-5420-3237-518"));
}

TEST_CASE("JWT: the header must decode to JSON with alg", "[unit]") {
  CHECK(IsJwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
  CHECK(IsJwt("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.sig"));
  CHECK_FALSE(IsJwt("eyJub3QiOiJqd3QifQ.eyJ4IjoxfQ.abc"));  // {"not":"jwt"}
  CHECK_FALSE(IsJwt("eyJ!!!.a.b"));
  CHECK_FALSE(IsJwt(".a.b"));
}

TEST_CASE("placeholders are not secrets", "[unit]") {
  CHECK(IsNotPlaceholder("AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"));
  CHECK(IsNotPlaceholder("AKIAIOSFODNN7EXAMPLE"));
  CHECK_FALSE(IsNotPlaceholder("AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
  CHECK_FALSE(IsNotPlaceholder("xoxb-XXXXXXXXXXXX-XXXXXXXXXXXX"));
  CHECK_FALSE(IsNotPlaceholder("abcdefg"));
}

TEST_CASE("flags and masks under a credential key are not credentials",
          "[unit]") {
  CHECK(IsCredentialValue("hunter2"));
  CHECK(IsCredentialValue("x9"));
  CHECK(IsCredentialValue("trueblue"));
  CHECK(IsCredentialValue("001"));
  CHECK_FALSE(IsCredentialValue(""));
  CHECK_FALSE(IsCredentialValue("true"));
  CHECK_FALSE(IsCredentialValue("FALSE"));
  CHECK_FALSE(IsCredentialValue("None"));
  CHECK_FALSE(IsCredentialValue("YES)"));
  CHECK_FALSE(IsCredentialValue("no."));
  CHECK(IsCredentialValue("yes)x"));
  CHECK(IsCredentialValue("hunter2)"));
  CHECK_FALSE(IsCredentialValue("0"));
  CHECK_FALSE(IsCredentialValue("xxxxxxxxxxxx"));
}

TEST_CASE("references to a credential are not the credential", "[unit]") {
  for (const char* reference :
       {"$DB_PASS", "${DB_PASS}", "${", "$(cat", "%MYSQL_PWD%", "%s", "%-12s",
        "%v", "%(password)s", "{{", "{password}", "{0}", "{}", "{a.b}"}) {
    INFO(reference);
    CHECK_FALSE(IsCredentialValue(reference));
  }
  for (const char* credential :
       {"$k9#Lm2q!", "{SSHA}k3Jf9QmZ0pLx7VtYw2RbNc8HdE4=", "{noop}Vr7kQ2mX",
        "%Tr0ub4dor", "%x%y", "$1x", "{pw"}) {
    INFO(credential);
    CHECK(IsCredentialValue(credential));
  }
}

}  // namespace
}  // namespace logveil::validate
