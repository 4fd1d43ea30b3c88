#include "detect/allow_list.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

#include "base/ascii.h"
#include "regex/regex.h"
#include "validate/email.h"

namespace logveil::detect {
namespace {

// An address range: the first `prefix_bits` of `address` (16 bytes; IPv4
// ranges are stored as IPv4-mapped IPv6, ::ffff:a.b.c.d/96+n).
struct IpRange {
  unsigned char address[16];
  int prefix_bits;
};

bool ParseAddress(std::string_view text, unsigned char out[16]) {
  char buffer[64];
  if (text.empty() || text.size() >= sizeof buffer) return false;
  std::memcpy(buffer, text.data(), text.size());
  buffer[text.size()] = '\0';
  if (char* zone = std::strchr(buffer, '%')) *zone = '\0';
  unsigned char v4[4];
  if (inet_pton(AF_INET, buffer, v4) == 1) {
    std::memset(out, 0, 10);
    out[10] = out[11] = 0xff;
    std::memcpy(out + 12, v4, 4);
    return true;
  }
  return inet_pton(AF_INET6, buffer, out) == 1;
}

Result<IpRange> ParseRange(const std::string& cidr) {
  IpRange range;
  size_t slash = cidr.find('/');
  std::string_view address = std::string_view(cidr).substr(0, slash);
  if (!ParseAddress(address, range.address)) {
    return MakeError(ErrorCode::kConfig, "allow: bad CIDR '" + cidr + "'");
  }
  bool v4 = address.find(':') == std::string_view::npos;
  int max_bits = v4 ? 32 : 128;
  int bits = max_bits;
  if (slash != std::string::npos) {
    bits = std::atoi(cidr.c_str() + slash + 1);
    if (bits < 0 || bits > max_bits) {
      return MakeError(ErrorCode::kConfig,
                       "allow: bad prefix in '" + cidr + "'");
    }
  }
  range.prefix_bits = v4 ? 96 + bits : bits;
  return range;
}

bool InRange(const IpRange& range, const unsigned char address[16]) {
  int full = range.prefix_bits / 8;
  if (std::memcmp(range.address, address, full) != 0) return false;
  int rest = range.prefix_bits % 8;
  if (rest == 0) return true;
  unsigned char mask = static_cast<unsigned char>(0xff << (8 - rest));
  return (range.address[full] & mask) == (address[full] & mask);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii::ToLower(x) == ascii::ToLower(y);
         });
}

// True if the domain of `email` is `domain` or one of its subdomains.
bool InDomain(std::string_view email, std::string_view domain) {
  validate::EmailParts parts;
  if (!validate::SplitEmail(email, parts)) return false;
  std::string_view host = parts.domain;
  if (EqualsIgnoreCase(host, domain)) return true;
  return host.size() > domain.size() &&
         host[host.size() - domain.size() - 1] == '.' &&
         EqualsIgnoreCase(host.substr(host.size() - domain.size()), domain);
}

bool HasBin(std::string_view card, std::string_view bin) {
  size_t matched = 0;
  for (char c : card) {
    if (matched == bin.size()) break;
    if (!ascii::IsDigit(c)) continue;
    if (c != bin[matched++]) return false;
  }
  return matched == bin.size();
}

}  // namespace

struct AllowList::Compiled {
  AllowListSpec spec;
  std::vector<regex::Regex> regexes;
  std::vector<IpRange> ranges;
};

AllowList::AllowList() = default;
AllowList::~AllowList() = default;
AllowList::AllowList(AllowList&&) noexcept = default;
AllowList& AllowList::operator=(AllowList&&) noexcept = default;

Result<AllowList> AllowList::Compile(const AllowListSpec& spec) {
  AllowList list;
  list.empty_ = spec.empty();
  list.compiled_ = std::make_unique<Compiled>();
  list.compiled_->spec = spec;
  for (const auto& pattern : spec.regexes) {
    // Allows() asks for a full match: the regex describes the whole value.
    auto compiled = regex::Regex::Compile(pattern);
    if (!compiled.ok()) {
      return MakeError(ErrorCode::kConfig,
                       "allow: regex " +
                           std::to_string(list.compiled_->regexes.size() + 1) +
                           ": " + compiled.error().message);
    }
    list.compiled_->regexes.push_back(std::move(compiled).value());
  }
  for (const auto& cidr : spec.cidrs) {
    auto range = ParseRange(cidr);
    if (!range.ok()) return range.error();
    list.compiled_->ranges.push_back(range.value());
  }
  return list;
}

bool AllowList::Allows(std::string_view label, std::string_view value) const {
  if (empty_) return false;
  const AllowListSpec& spec = compiled_->spec;
  for (const auto& allowed : spec.values) {
    if (allowed == value) return true;
  }
  for (const auto& allowed : compiled_->regexes) {
    if (allowed.FullMatch(value)) return true;
  }
  if ((label == "IPV4" || label == "IPV6") && !compiled_->ranges.empty()) {
    unsigned char address[16];
    if (ParseAddress(value, address)) {
      for (const auto& range : compiled_->ranges) {
        if (InRange(range, address)) return true;
      }
    }
  }
  if (label == "EMAIL") {
    for (const auto& domain : spec.email_domains) {
      if (InDomain(value, domain)) return true;
    }
  }
  if (label == "CARD") {
    for (const auto& bin : spec.card_bins) {
      if (HasBin(value, bin)) return true;
    }
  }
  return false;
}

}  // namespace logveil::detect
