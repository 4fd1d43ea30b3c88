#include "io/utf16_stream.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace logveil::io {
namespace {

constexpr size_t kHeadBytes = 8;  // a mark, or four code units
constexpr size_t kUnitBlockBytes = size_t{128} << 10;
constexpr uint32_t kReplacement = 0xFFFD;

bool IsLittle(TextEncoding encoding) {
  return encoding == TextEncoding::kUtf16Little;
}

// Four ASCII code units (printable, tab, CR, LF) in the byte order where
// `zero` is the index of each unit's high byte.
bool LooksLikeUtf16(std::string_view head, int zero) {
  if (head.size() < kHeadBytes) return false;
  for (size_t i = 0; i < kHeadBytes; i += 2) {
    auto low = static_cast<unsigned char>(head[i + 1 - zero]);
    bool ascii = (low >= 0x20 && low < 0x7f) || low == '\t' || low == '\r' ||
                 low == '\n';
    if (head[i + zero] != 0 || !ascii) return false;
  }
  return true;
}

// True if the bytes read so far may begin UTF-16 that FormOf would take
// but does not yet see enough of: fewer than a mark's two bytes (but not
// an empty line), or code units so far all with a zero high byte, in
// either order.
bool MayBeUtf16(std::string_view head) {
  // An empty first line is text; other single bytes wait for a second.
  if (head.size() < 2) return head != "\n";
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    return false;
  }
  auto zeros_at = [head](size_t parity) {
    for (size_t i = parity; i < head.size(); i += 2) {
      if (head[i] != 0) return false;
    }
    return true;
  };
  return zeros_at(1) || zeros_at(0);
}

TextForm FormOf(std::string_view head) {
  if (head.starts_with("\xFF\xFE")) return {TextEncoding::kUtf16Little, true};
  if (head.starts_with("\xFE\xFF")) return {TextEncoding::kUtf16Big, true};
  if (LooksLikeUtf16(head, 1)) return {TextEncoding::kUtf16Little, false};
  if (LooksLikeUtf16(head, 0)) return {TextEncoding::kUtf16Big, false};
  return {};
}

// Appends code point `cp` (a lone surrogate too) as UTF-8 / WTF-8.
size_t PutUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | cp >> 6);
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | cp >> 12);
    out[1] = static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | cp >> 18);
  out[1] = static_cast<char>(0x80 | (cp >> 12 & 0x3F));
  out[2] = static_cast<char>(0x80 | (cp >> 6 & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

bool IsHigh(uint32_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool IsLow(uint32_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// UTF-16 read as UTF-8 (WTF-8).
class TextSource : public ByteSource {
 public:
  TextSource(ByteSource& raw, std::string head, TextForm form)
      : raw_(raw), form_(form), pending_(std::move(head)) {
    if (form_.byte_order_mark) {
      pending_.erase(0, 2);
      offset_ = 2;
    }
  }

  Result<size_t> Read(char* buffer, size_t capacity) override {
    size_t written = 0;
    // A code unit writes at most 3 bytes, a pair 4.
    while (capacity - written >= 4) {
      size_t left = pending_.size() - at_;
      if (left < 4 && !done_) {
        // What is converted goes on now (`tail -F`); a read may block.
        bool unit_ready = left >= 2 && !IsHigh(UnitAt(at_));
        if (!unit_ready && written > 0) break;
        if (!unit_ready) {
          auto status = Refill();
          if (!status.ok()) return status.error();
          continue;
        }
      }
      if (left < 2) {
        if (left == 1) return HalfUnit();
        break;
      }
      uint32_t unit = UnitAt(at_);
      size_t used = 2;
      uint32_t cp = unit;
      if (IsHigh(unit) && left >= 4 && IsLow(UnitAt(at_ + 2))) {
        cp = 0x10000 + ((unit - 0xD800) << 10) + (UnitAt(at_ + 2) - 0xDC00);
        used = 4;
      }
      written += PutUtf8(cp, buffer + written);
      at_ += used;
    }
    return written;
  }

  const std::string& name() const override { return raw_.name(); }

 private:
  uint32_t UnitAt(size_t i) const {
    auto a = static_cast<unsigned char>(pending_[i]);
    auto b = static_cast<unsigned char>(pending_[i + 1]);
    return IsLittle(form_.encoding) ? (a | b << 8) : (a << 8 | b);
  }

  Status Refill() {
    offset_ += at_;
    pending_.erase(0, at_);
    at_ = 0;
    size_t have = pending_.size();
    pending_.resize(have + kUnitBlockBytes);
    auto read = raw_.Read(pending_.data() + have, kUnitBlockBytes);
    if (!read.ok()) return read.error();
    pending_.resize(have + read.value());
    done_ = read.value() == 0;
    return Ok{};
  }

  Error HalfUnit() const {
    return MakeError(ErrorCode::kIo,
                     name() +
                         ": UTF-16 input ends in half a code unit at byte " +
                         std::to_string(offset_ + at_));
  }

  ByteSource& raw_;
  TextForm form_;
  std::string pending_;  // raw bytes read and not yet passed on
  size_t at_ = 0;        // the first of them not passed on
  size_t offset_ = 0;    // input offset of pending_[0]
  bool done_ = false;
};

class Utf16Sink : public ByteSink {
 public:
  Utf16Sink(ByteSink& out, TextForm form) : out_(out), form_(form) {}

  Status Write(std::string_view bytes) override {
    Start();
    tail_.append(bytes);
    size_t used = Encode(tail_, /*final=*/false);
    tail_.erase(0, used);
    return Drain();
  }

  Status Flush() override {
    auto status = Drain();
    return status.ok() ? out_.Flush() : status;
  }

  Status Finish() override {
    Start();
    Encode(tail_, /*final=*/true);
    tail_.clear();
    return Drain();
  }

 private:
  void Start() {
    if (started_) return;
    started_ = true;
    if (form_.byte_order_mark) PutUnit(0xFEFF);
  }

  void PutUnit(uint32_t unit) {
    char a = static_cast<char>(unit & 0xFF);
    char b = static_cast<char>(unit >> 8);
    units_.push_back(IsLittle(form_.encoding) ? a : b);
    units_.push_back(IsLittle(form_.encoding) ? b : a);
  }

  void PutCodePoint(uint32_t cp) {
    if (cp < 0x10000) return PutUnit(cp);
    cp -= 0x10000;
    PutUnit(0xD800 + (cp >> 10));
    PutUnit(0xDC00 + (cp & 0x3FF));
  }

  // Encodes the UTF-8 (WTF-8) in `text` as UTF-16; returns the bytes used.
  // An incomplete sequence at the end waits for the next write unless
  // `final`; a byte that starts no sequence becomes U+FFFD.
  size_t Encode(std::string_view text, bool final) {
    size_t i = 0;
    while (i < text.size()) {
      auto lead = static_cast<unsigned char>(text[i]);
      size_t length = lead < 0x80   ? 1
                      : lead < 0xC0 ? 0
                      : lead < 0xE0 ? 2
                      : lead < 0xF0 ? 3
                      : lead < 0xF8 ? 4
                                    : 0;
      if (length > 1 && i + length > text.size() && !final) break;
      uint32_t cp = length == 1 ? lead : kReplacement;
      if (length > 1 && i + length <= text.size()) {
        cp = lead & (0x7F >> length);
        for (size_t k = 1; k < length; ++k) {
          auto next = static_cast<unsigned char>(text[i + k]);
          if ((next & 0xC0) != 0x80) {
            cp = kReplacement;
            length = k;
            break;
          }
          cp = cp << 6 | (next & 0x3F);
        }
      }
      PutCodePoint(cp > 0x10FFFF ? kReplacement : cp);
      i += std::max<size_t>(length, 1);
      if (i > text.size()) i = text.size();
    }
    return i;
  }

  Status Drain() {
    if (units_.empty()) return Ok{};
    auto status = out_.Write(units_);
    units_.clear();
    return status;
  }

  ByteSink& out_;
  TextForm form_;
  bool started_ = false;
  std::string tail_;   // UTF-8 not yet encoded (an incomplete sequence)
  std::string units_;  // UTF-16 not yet written
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenTextSource(ByteSource& raw,
                                                   TextForm& form) {
  // Reads on only while the head may still be UTF-16: a short first line
  // of text ("a\n" from `tail -F`) must not wait for more input.
  std::string head(kHeadBytes, '\0');
  size_t have = 0;
  while (have < kHeadBytes &&
         MayBeUtf16(std::string_view(head).substr(0, have))) {
    auto read = raw.Read(head.data() + have, kHeadBytes - have);
    if (!read.ok()) return read.error();
    if (read.value() == 0) break;
    have += read.value();
  }
  head.resize(have);
  form = FormOf(head);
  if (form.encoding == TextEncoding::kBytes) {
    return std::unique_ptr<ByteSource>(
        std::make_unique<ReplaySource>(std::move(head), raw));
  }
  return std::unique_ptr<ByteSource>(
      std::make_unique<TextSource>(raw, std::move(head), form));
}

std::unique_ptr<ByteSink> OpenUtf16Sink(ByteSink& out, TextForm form) {
  return std::make_unique<Utf16Sink>(out, form);
}

}  // namespace logveil::io
