// ValidationMemo: a small per-thread memo of a validator's recent answers.
// Logs repeat the same values (one caller, one line after another), so a
// direct-mapped table of exact keys pays for itself when a validation costs
// microseconds; on a miss the slot is overwritten. Keys are compared whole,
// so a hash collision can never turn an answer around.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace logveil::validate {

template <size_t kSlots, size_t kMaxKey>
class ValidationMemo {
 public:
  // Returns the memoised answer for `key`, computing it with `validate()` on
  // a miss. Keys longer than kMaxKey are not memoised.
  template <typename Validate>
  bool Lookup(std::string_view key, Validate validate) {
    if (key.empty() || key.size() > kMaxKey) return validate();
    Slot& slot = slots_[Hash(key) % kSlots];
    if (slot.size != key.size() ||
        std::memcmp(slot.key, key.data(), key.size()) != 0) {
      slot.valid = validate();
      slot.size = static_cast<uint8_t>(key.size());
      std::memcpy(slot.key, key.data(), key.size());
    }
    return slot.valid;
  }

 private:
  static_assert(kMaxKey < 256, "sizes are stored in a byte");

  struct Slot {
    uint8_t size = 0;  // 0: empty (no key is empty)
    bool valid = false;
    char key[kMaxKey];
  };

  static uint64_t Hash(std::string_view key) {
    uint64_t hash = 14695981039346656037ull;  // FNV-1a
    for (char c : key) {
      hash = (hash ^ static_cast<uint8_t>(c)) * 1099511628211ull;
    }
    return hash;
  }

  std::array<Slot, kSlots> slots_{};
};

}  // namespace logveil::validate
