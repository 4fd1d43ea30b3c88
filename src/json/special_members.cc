// GEO in structure and named pairs: the members of an object (or the
// elements of an array) that mean something together.
#include <charconv>

#include "base/ascii.h"
#include "confirm/geo_pair.h"
#include "json/document_walker.h"
#include "json/json_string.h"
#include "transform/apply.h"

namespace logveil::json {
namespace {

// A named pair is a small object: {"key"/"name", "value"} and at most two
// more members (a type, a unit).
constexpr int kMaxPairMembers = 4;

bool IsLatitudeKey(std::string_view key) {
  return ascii::EqualsLower(key, "lat") || ascii::EqualsLower(key, "latitude");
}

bool IsLongitudeKey(std::string_view key) {
  return ascii::EqualsLower(key, "lon") || ascii::EqualsLower(key, "lng") ||
         ascii::EqualsLower(key, "longitude");
}

// Returns the digits after the decimal point of `text`, a JSON number.
int Decimals(std::string_view text) {
  size_t point = text.find('.');
  if (point == std::string_view::npos) return 0;
  size_t end = text.find_first_of("eE", point);
  if (end == std::string_view::npos) end = text.size();
  return int(end - point - 1);
}

// Returns true if `text` (a JSON number) is within [-limit, limit].
bool WithinDegrees(std::string_view text, double limit) {
  double value = 0;
  auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() &&
         value >= -limit && value <= limit;
}

}  // namespace

bool DocumentWalker::IsCoordinateName(std::string_view name) {
  return IsLatitudeKey(name) || IsLongitudeKey(name);
}

bool DocumentWalker::GeoAllowed(const Scope& scope) const {
  int geo = rules_.geo_detector();
  if (geo < 0 || (rules_.fail_closed() && !scope.scanned)) return false;
  if (scope.filter < 0) return true;
  const auto& allowed = rules_.rule(scope.filter).detectors;
  return allowed.empty() || allowed[geo];
}

// One pass over the members of an object for those whose names give it a
// meaning: "lat"/"latitude" and "lon"/"lng"/"longitude" holding coordinates
// (`geo`; also after a dotted prefix, "position.latitude"), and {"key":
// "<name>", "value": ...}, as OpenTelemetry attributes and cloud tags are
// written, or {"name": "<name>", "value": ...}, as HAR headers and Kubernetes
// env vars are, whose value is matched by key rules and scanned as if "<name>"
// were its key. Names are filtered by length first: this runs for every object
// with a member MayBeSpecial accepts.
void DocumentWalker::FindSpecialMembers(uint32_t object, bool geo,
                                        Special& found) const {
  const std::vector<Token>& tokens = *tokens_;
  Special seen;
  int members = 0;
  for (uint32_t child = object + 1; child < tokens[object].next;
       child = tokens[child].next) {
    ++members;
    const Token& token = tokens[child];
    // "key", "lat", "lon", "lng" (3), "name" (4), "value" (5), "latitude"
    // (8) and "longitude" (9).
    constexpr uint32_t kLengths =
        1u << 3 | 1u << 4 | 1u << 5 | 1u << 8 | 1u << 9;
    uint32_t length = token.key_end - token.key_begin - 2;
    if (token.key_escaped) continue;
    std::string_view key = token.Key(text_);
    bool plain = length <= 9 && (kLengths >> length & 1);
    if (!plain && !(geo && IsDottedCoordinateKey(key))) continue;
    if (length == 5) {
      if (ascii::EqualsLower(key, "value")) seen.value = child;
    } else if ((length == 3 && ascii::EqualsLower(key, "key")) ||
               (length == 4 && ascii::EqualsLower(key, "name"))) {
      std::string_view name = PairName(token);
      if (!name.empty()) seen.name = name;
    } else if (geo) {
      std::string_view value = GeoValue(token);
      if (value.empty()) continue;
      std::string_view name = LastSegment(key);
      if (seen.lat == kNone && IsLatitudeKey(name) &&
          WithinDegrees(value, 90)) {
        seen.lat = child;
      } else if (seen.lon == kNone && IsLongitudeKey(name) &&
                 WithinDegrees(value, 180)) {
        seen.lon = child;
      }
    }
  }
  if (seen.lat != kNone && seen.lon != kNone) {
    found.lat = seen.lat;
    found.lon = seen.lon;
  }
  if (seen.value != kNone && !seen.name.empty() && members <= kMaxPairMembers) {
    found.value = seen.value;
    found.name = seen.name;
  }
}

// A "name" member comes before its "value" more often than not, so before
// FindSpecialMembers has looked; this looks at its siblings for a "value".
// It stops after kMaxPairMembers, where FindSpecialMembers reads every
// member: most "name" members sit in larger objects (a user, a service),
// and reading them all cost ~2 % of a JSON run.
bool DocumentWalker::IsPairName(uint32_t object, uint32_t child) const {
  const std::vector<Token>& tokens = *tokens_;
  const Token& token = tokens[child];
  if (token.key_end - token.key_begin != 6 || token.key_escaped ||
      !ascii::EqualsLower(token.Key(text_), "name") ||
      PairName(token).empty()) {
    return false;
  }
  bool value = false;
  int members = 0;
  for (uint32_t member = object + 1; member < tokens[object].next;
       member = tokens[member].next) {
    if (++members > kMaxPairMembers) return false;
    const Token& sibling = tokens[member];
    value |= sibling.key_end - sibling.key_begin == 7 && !sibling.key_escaped &&
             ascii::EqualsLower(sibling.Key(text_), "value");
  }
  return value;
}

void DocumentWalker::FindPairArray(uint32_t array, Special& found) const {
  const std::vector<Token>& tokens = *tokens_;
  uint32_t first = array + 1;
  if (first == tokens[array].next) return;
  uint32_t second = tokens[first].next;
  if (second == tokens[array].next ||
      tokens[second].next != tokens[array].next ||
      tokens[second].kind != TokenKind::kString) {
    return;
  }
  std::string_view name = PairName(tokens[first]);
  if (name.empty()) return;
  found.value = second;
  found.name = name;
}

DocumentWalker::Positions DocumentWalker::PositionsUnder(std::string_view key) {
  // Keys apps and Elasticsearch's geo_point give [lon, lat] or [lat, lon]
  // pairs; all start with c, g, l or p.
  static constexpr std::string_view kPositionKeys[] = {
      "coord",   "coords",   "geo",     "geopoint", "geo_point",
      "gps",     "latlng",   "lat_lng", "latlon",   "lat_lon",
      "latlong", "lnglat",   "lng_lat", "lonlat",   "lon_lat",
      "loc",     "location", "pos",     "position", "point"};
  char first = key.empty() ? 0 : ascii::ToLower(key.front());
  if (first != 'c' && first != 'g' && first != 'l' && first != 'p') {
    return Positions::kAbsent;
  }
  if (ascii::EqualsLower(key, "coordinates")) return Positions::kGeoJson;
  for (std::string_view position : kPositionKeys) {
    if (ascii::EqualsLower(key, position)) return Positions::kNamed;
  }
  return Positions::kAbsent;
}

// A GeoJSON position: [longitude, latitude] with an optional altitude. A
// named pair: two numbers (and an altitude), either order, precise enough that
// they are not screen positions or list indexes ("position": [3, 4]).
void DocumentWalker::FindPosition(uint32_t array, Positions positions,
                                  uint32_t& lon, uint32_t& lat) const {
  const std::vector<Token>& tokens = *tokens_;
  uint32_t count = tokens[array].next - array - 1;
  uint32_t max_count = positions == Positions::kNamed ? 3 : 4;
  if (count < 2 || count > max_count) return;
  for (uint32_t child = array + 1; child < tokens[array].next; ++child) {
    if (tokens[child].kind != TokenKind::kNumber) return;
  }
  std::string_view first = GeoValue(tokens[array + 1]);
  std::string_view second = GeoValue(tokens[array + 2]);
  bool position = WithinDegrees(first, confirm::geo::kMaxLongitude) &&
                  WithinDegrees(second, confirm::geo::kMaxLatitude);
  if (positions == Positions::kNamed) {
    position =
        (position || (WithinDegrees(first, confirm::geo::kMaxLatitude) &&
                      WithinDegrees(second, confirm::geo::kMaxLongitude))) &&
        Decimals(first) >= confirm::geo::kMinBareDecimals &&
        Decimals(second) >= confirm::geo::kMinBareDecimals;
  }
  if (position) {
    lon = array + 1;
    lat = array + 2;
  }
}

// Each coordinate is its own finding of the GEO detector, acted on by that
// detector's action; the number becomes a string, as any replacement does,
// unless the replacement is a number too (generalize rounds it): then it
// stays a JSON number.
void DocumentWalker::Geo(uint32_t index) {
  const Token& token = (*tokens_)[index];
  auto detector = detect::DetectorId(rules_.geo_detector());
  stats_->CountFinding(detector);
  const transform::Action& action = actions_[detector];
  if (std::holds_alternative<transform::KeepAction>(action)) return;
  scratch_.clear();
  transform::AppendReplacement(action, detectors_.detector(detector).label,
                               GeoValue(token), scratch_);
  if (token.kind == TokenKind::kNumber && IsJsonNumber(scratch_)) {
    return AddReplace(token, scratch_);
  }
  AddQuoted(token, scratch_);
}

// The name of a named pair: a string without escapes or blanks, as keys
// are ("Cookie", "DB_PASSWORD", "user.email"); "Jane Doe" under "name" is
// a person's name, not the name of a value.
std::string_view DocumentWalker::PairName(const Token& token) const {
  constexpr size_t kMaxNameBytes = 64;
  if (token.kind != TokenKind::kString || token.escaped) return {};
  std::string_view name =
      text_.substr(token.begin + 1, token.end - token.begin - 2);
  if (name.empty() || name.size() > kMaxNameBytes ||
      name.find_first_of(" \t") != std::string_view::npos) {
    return {};
  }
  return name;
}

// A coordinate is a number, or a string holding just a number ("48.85").
std::string_view DocumentWalker::GeoValue(const Token& token) const {
  std::string_view value = text_.substr(token.begin, token.end - token.begin);
  if (token.kind == TokenKind::kString && !token.escaped) {
    value = value.substr(1, value.size() - 2);
    return IsJsonNumber(value) ? value : std::string_view();
  }
  return token.kind == TokenKind::kNumber ? value : std::string_view();
}

}  // namespace logveil::json
