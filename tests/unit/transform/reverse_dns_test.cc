#include "transform/reverse_dns.h"

#include <catch2/catch.hpp>

namespace logveil::transform {
namespace {

std::string Forward(std::string_view reversed) {
  std::string out;
  if (!AppendForwardAddress(reversed, out)) return "(none)";
  return out;
}

std::string Reversed(std::string_view address, bool uppercase = false) {
  std::string out;
  AppendReversedAddress(address, uppercase, out);
  return out;
}

TEST_CASE("reverse DNS: names read as forward addresses", "[unit]") {
  CHECK(Forward("3.2.1.10") == "10.1.2.3");
  CHECK(Forward("254.19.138.44") == "44.138.19.254");
  CHECK(Forward("7.c.3.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.1.b.4.8.b.d.0.1.0."
                "0.2") == "2001:0db8:4b1e:0000:0000:0000:0000:e3c7");
  CHECK(Forward("F.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0."
                "E.F") == "FE00:0000:0000:0000:0000:0000:0000:000F");
  CHECK(Forward("10-1-2-3") == "(none)");
  CHECK(Forward("3.2.1") == "(none)");
  CHECK(Forward("7.c.3.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.1.b.4.8.b.d.0.1.0."
                "0.g") == "(none)");
  CHECK(Forward("7.c.3.e") == "(none)");
}

TEST_CASE("reverse DNS: addresses are written back last part first", "[unit]") {
  CHECK(Reversed("10.1.2.0") == "0.2.1.10");
  CHECK(Reversed("2001:db8:4b1e::e3c7") ==
        "7.c.3.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.1.b.4.8.b.d.0.1.0.0.2");
  CHECK(Reversed("2001:db8:4b1e::e3c7", /*uppercase=*/true) ==
        "7.C.3.E.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.E.1.B.4.8.B.D.0.1.0.0.2");
  CHECK(Reversed("[IPV4:k1:7cde1076ba84]") == "[IPV4:k1:7cde1076ba84]");
  CHECK(Reversed("[IPV6]") == "[IPV6]");
}

}  // namespace
}  // namespace logveil::transform
