// AllowList: values the policy says to leave alone even though a detector
// found them: exact values, regexes, IP ranges (for example the RFC 5737 /
// RFC 3849 documentation ranges, or your own infrastructure), email domains
// (service accounts) and card BINs (test cards). Applied per finding, after
// overlap resolution. Nothing is allowed unless the policy lists it: private
// ranges are not skipped silently.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace logveil::detect {

struct AllowListSpec {
  std::vector<std::string> values;         // exact, any type
  std::vector<std::string> regexes;        // RE2, must match the whole value
  std::vector<std::string> cidrs;          // "192.0.2.0/24", "2001:db8::/32"
  std::vector<std::string> email_domains;  // "example.com" and subdomains
  std::vector<std::string> card_bins;      // leading digits, e.g. "411111"

  bool empty() const {
    return values.empty() && regexes.empty() && cidrs.empty() &&
           email_domains.empty() && card_bins.empty();
  }
};

class AllowList {
 public:
  // Compiles `spec`; a bad regex or CIDR is a config error naming it.
  static Result<AllowList> Compile(const AllowListSpec& spec);

  AllowList();
  ~AllowList();
  AllowList(AllowList&&) noexcept;
  AllowList& operator=(AllowList&&) noexcept;

  // Returns true if `value`, found by a detector with `label`, is allowed.
  // Thread-safe.
  bool Allows(std::string_view label, std::string_view value) const;

  bool empty() const { return empty_; }

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
  bool empty_ = true;
};

}  // namespace logveil::detect
