#include "confirm/context_words.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>

namespace logveil::confirm {
namespace {

const ContextWords& Words() {
  static const ContextWords words({"phone", "tel", "call", "lat"},
                                  {"id", "order", "version", "p99"},
                                  {"s", "ms"});
  return words;
}

// A text with its value marked by '<' and '>', the marks taken out.
struct Marked {
  explicit Marked(std::string marked) : text(std::move(marked)) {
    value.begin = text.find('<');
    text.erase(value.begin, 1);
    value.end = text.find('>', value.begin);
    text.erase(value.end, 1);
  }
  std::string text;
  ByteRange value;
};

// Judges the value marked by '<' and '>' in `marked`.
ContextVerdict JudgeMarked(std::string marked,
                           const ContextWords& words = Words()) {
  Marked m(std::move(marked));
  return words.Judge(m.text, m.value);
}

// Whether `words` boost the value marked by '<' and '>' in `marked`.
bool BoostsMarked(std::string marked, const ContextWords& words = Words()) {
  Marked m(std::move(marked));
  return words.Boosts(m.text, m.value);
}

constexpr auto kBoost = ContextVerdict::kBoost;
constexpr auto kSuppress = ContextVerdict::kSuppress;
constexpr auto kNone = ContextVerdict::kNone;

TEST_CASE("context words: keys in every log and JSON form", "[unit]") {
  CHECK(JudgeMarked("phone=<4155550123>") == kBoost);
  CHECK(JudgeMarked("phone: <4155550123>") == kBoost);
  CHECK(JudgeMarked("\"phone\":\"<4155550123>\"") == kBoost);
  CHECK(JudgeMarked("{\"phone\": \"<4155550123>\"}") == kBoost);
  CHECK(JudgeMarked("Tel.: <4155550123>") == kBoost);
  CHECK(JudgeMarked("user.phone=<4155550123>") == kBoost);
  CHECK(JudgeMarked("order_id=<4155550123>") == kSuppress);
  CHECK(JudgeMarked("pos=(<25.2048>") == kNone);
  CHECK(JudgeMarked("lat=(<25.2048>") == kBoost);
}

TEST_CASE("context words: keys split at '_', '-' and camelCase humps",
          "[unit]") {
  CHECK(JudgeMarked("user_phone=<1>") == kBoost);
  CHECK(JudgeMarked("userPhone=<1>") == kBoost);
  CHECK(JudgeMarked("USER-PHONE=<1>") == kBoost);
  CHECK(JudgeMarked("phoneNumber=<1>") == kBoost);
  CHECK(JudgeMarked("PHONE_NR=<1>") == kBoost);
  CHECK(JudgeMarked("phoneno=<1>") == kBoost);  // glued number word
  CHECK(JudgeMarked("telnumber=<1>") == kBoost);
  CHECK(JudgeMarked("orderNo=<1>") == kSuppress);
  CHECK(JudgeMarked("userID=<1>") == kSuppress);
  CHECK(JudgeMarked("phone_id=<1>") == kSuppress);  // the last token decides
  CHECK(JudgeMarked("phone_verified=<1>") == kNone);
  CHECK(JudgeMarked("telephone=<1>") == kNone);  // whole tokens only
  CHECK(JudgeMarked("valid=<1>") == kNone);
  CHECK(JudgeMarked("Latency=<1>") == kNone);
  CHECK(JudgeMarked("p99=<1>") == kSuppress);
  CHECK(JudgeMarked("epoch_ms=<1>") == kNone);
}

TEST_CASE("context words: a listed pair of tokens decides before its second",
          "[unit]") {
  const ContextWords words({"caller", "caller_id"}, {"id", "call"}, {});
  CHECK(JudgeMarked("caller_id=<1>", words) == kBoost);
  CHECK(JudgeMarked("CallerID: <1>", words) == kBoost);
  CHECK(JudgeMarked("callerId=<1>", words) == kBoost);
  CHECK(JudgeMarked("x-caller-id <1>", words) == kBoost);
  CHECK(JudgeMarked("caller_id_no=<1>", words) == kBoost);  // filler after
  CHECK(JudgeMarked("caller=<1>", words) == kBoost);
  CHECK(JudgeMarked("call_id=<1>", words) == kSuppress);
  CHECK(JudgeMarked("user_id=<1>", words) == kSuppress);
  CHECK(JudgeMarked("id=<1>", words) == kSuppress);
  CHECK(JudgeMarked("callerid=<1>", words) == kNone);       // one token
  CHECK(JudgeMarked("caller id <1>", words) == kSuppress);  // two words
  CHECK(BoostsMarked("caller_id=<1>", words));
  CHECK(BoostsMarked("CALLER_ID: <1>", words));
  CHECK_FALSE(BoostsMarked("user_id=<1>", words));
}

TEST_CASE("context words: Ruby's and PHP's => joins a key to its value",
          "[unit]") {
  CHECK(JudgeMarked("{\"phone\"=>\"<4155550123>\"}") == kBoost);
  CHECK(JudgeMarked("[tel] => <4155550123>") == kBoost);
  CHECK(JudgeMarked("{\"tel\" => \"<4155550123>\"}") == kBoost);
  CHECK(JudgeMarked("{\"order\"=>\"<4155550123>\"}") == kSuppress);
}

TEST_CASE("context words: phrases skip filler words", "[unit]") {
  CHECK(JudgeMarked("call me at <4155550123>") == kBoost);
  CHECK(JudgeMarked("phone number is <4155550123>") == kBoost);
  CHECK(JudgeMarked("my phone no <4155550123>") == kBoost);
  // Call logs and SMS gateways name the direction: "SMS to", "call from".
  CHECK(JudgeMarked("Tel to <07911123456>") == kBoost);
  CHECK(JudgeMarked("call from <015123456789>") == kBoost);
  // What was sent: "sms sent to", "whatsapp message to".
  const ContextWords messaging({"sms", "whatsapp"}, {"order"}, {});
  CHECK(JudgeMarked("sms sent to <4155550123>", messaging) == kBoost);
  CHECK(JudgeMarked("whatsapp message to <4155550123>", messaging) == kBoost);
  CHECK(JudgeMarked("order sent to <4155550123>", messaging) == kSuppress);
  CHECK(JudgeMarked("message to <4155550123>", messaging) == kNone);
  CHECK(JudgeMarked("transfer to <4155550123>") == kNone);
  CHECK(JudgeMarked("phone rang <4155550123>") == kNone);
  CHECK(JudgeMarked("order number <4155550123>") == kSuppress);
  // Three words at most.
  CHECK(JudgeMarked("phone is my no <4155550123>") == kNone);
}

TEST_CASE("context words: the nearer word decides, a boost wins a tie",
          "[unit]") {
  CHECK(JudgeMarked("order phone <4155550123>") == kBoost);
  CHECK(JudgeMarked("phone order <4155550123>") == kSuppress);
  CHECK(JudgeMarked("phone=<4155550123> ms") == kBoost);
  CHECK(JudgeMarked("took <0.52> s") == kSuppress);
  CHECK(JudgeMarked("call me at <0.52> s") == kSuppress);
}

TEST_CASE("context words: a unit after the value, not the next key", "[unit]") {
  CHECK(JudgeMarked("<0.52> s") == kSuppress);
  CHECK(JudgeMarked("<0.52> ms,") == kSuppress);
  CHECK(JudgeMarked("<12> (ms)") == kSuppress);
  CHECK(JudgeMarked("<0.52> s=1") == kNone);
  CHECK(JudgeMarked("<0.52> \"ms\":1") == kNone);
  CHECK(JudgeMarked("<0.52> sec") == kNone);
  CHECK(JudgeMarked("<0.52>   s") == kNone);
  CHECK(JudgeMarked("<0.52> id") == kNone);  // only units count after
}

TEST_CASE("context words: Boosts is Judge saying kBoost", "[unit]") {
  for (std::string marked :
       {"phone=<4155550123>", "order_id=<4155550123>", "<4155550123>",
        "phone=<4155550123> ms", "call me at <0.52> s", "took <0.52> s",
        "phone order <4155550123>", "order phone <4155550123>"}) {
    INFO(marked);
    CHECK(BoostsMarked(marked) == (JudgeMarked(marked) == kBoost));
  }
  CHECK_FALSE(ContextWords().Boosts("phone=1", {6, 7}));
}

TEST_CASE("context words: suppress words and pairs decide like boost ones",
          "[unit]") {
  // A user's pattern file may list a pair among its suppress words.
  const ContextWords words({"phone"}, {"order_id", "ref", "sku"}, {});
  CHECK(JudgeMarked("order_id=<4155550123>", words) == kSuppress);
  CHECK(JudgeMarked("OrderId: <4155550123>", words) == kSuppress);
  CHECK(JudgeMarked("user_id=<4155550123>", words) == kNone);
  CHECK(JudgeMarked("ref=<4155550123>", words) == kSuppress);
  CHECK(JudgeMarked("SKU <4155550123>", words) == kSuppress);
  CHECK(JudgeMarked("ref no <4155550123>", words) == kSuppress);
  CHECK(JudgeMarked("phone=<4155550123>", words) == kBoost);
  CHECK(JudgeMarked("uptime=<4155550123>", words) == kNone);
  CHECK_FALSE(BoostsMarked("order_id=<4155550123>", words));
}

TEST_CASE("context words: Boosts agrees with Judge whatever the nearest token",
          "[unit]") {
  // One-byte and digit-ending boost words too: Boosts skips values whose
  // nearest token ends unlike any boost word, filler or number word.
  const ContextWords words({"phone", "tel", "tel2", "x", "call", "x_id"},
                           {"id", "order"}, {"ms"});
  for (std::string marked : {"phone=<1>",
                             "phone_=<1>",
                             "phone-=<1>",
                             "phone -- <1>",
                             "phone __ <1>",
                             "telNr=<1>",
                             "phoneNO=<1>",
                             "PHONE_NUMBER=<1>",
                             "phoneno=<1>",
                             "my phone is <1>",
                             "call me at <1>",
                             "call me on <1>",
                             "userX <1>",
                             "user_x=<1>",
                             "x=<1>",
                             "X: <1>",
                             "tel2=<1>",
                             "tel3=<1>",
                             "userTel=<1>",
                             "user_id=<1>",
                             "x_id=<1>",
                             "X-ID <1>",
                             "xid=<1>",
                             "phone_x_id=<1>",
                             "x_id_no=<1>",
                             "order phone <1>",
                             "phone order <1>",
                             "uptime <1>",
                             "tx_bytes=<1>",
                             "mobile=<1>",
                             "(phone) <1>",
                             "phone)<1>",
                             "<1>",
                             "=<1>",
                             "phone\n<1>",
                             "a1=<1>",
                             "phone a=<1>",
                             "phone.no.<1>"}) {
    INFO(marked);
    CHECK(BoostsMarked(marked, words) ==
          (JudgeMarked(marked, words) == kBoost));
  }
}

TEST_CASE("context words: suppress words in every shape of key", "[unit]") {
  CHECK(JudgeMarked("order_no=<1>") == kSuppress);
  CHECK(JudgeMarked("ORDER-NUMBER <1>") == kSuppress);
  CHECK(JudgeMarked("orderNr=<1>") == kSuppress);
  CHECK(JudgeMarked("my order no <1>") == kSuppress);
  CHECK(JudgeMarked("order -- <1>") == kSuppress);
  CHECK(JudgeMarked("x_p99 <1>") == kSuppress);
  CHECK(JudgeMarked("Version: <1>") == kSuppress);
  CHECK(JudgeMarked("ordered=<1>") == kNone);
  CHECK(JudgeMarked("idid=<1>") == kNone);
  CHECK(JudgeMarked("id_x=<1>") == kNone);
  const ContextWords one_byte({"phone"}, {"v"}, {});
  CHECK(JudgeMarked("v=<1>", one_byte) == kSuppress);
  CHECK(JudgeMarked("build_v <1>", one_byte) == kSuppress);
  CHECK(JudgeMarked("xV=<1>", one_byte) == kSuppress);
  CHECK(JudgeMarked("xv=<1>", one_byte) == kNone);
}

TEST_CASE("context words: never past the line or the text", "[unit]") {
  CHECK(JudgeMarked("phone\n<4155550123>") == kNone);
  CHECK(JudgeMarked("<0.52>\ns") == kNone);
  CHECK(JudgeMarked("<4155550123>") == kNone);
  CHECK(JudgeMarked("=<1>") == kNone);
  std::string long_key(200, 'x');
  CHECK(JudgeMarked(long_key + "_phone=<1>") == kBoost);
  CHECK(JudgeMarked("phone_" + long_key + "=<1>") == kNone);
  CHECK(ContextWords().Judge("phone=1", {6, 7}) == kNone);
  CHECK(ContextWords().empty());
  CHECK_FALSE(Words().empty());
}

TEST_CASE("context words: a boost word glued to the value", "[unit]") {
  std::string text = "Hi call+64 3 331 6005";
  CHECK(Words().BoostsGlued(text, 7));
  CHECK(Words().BoostsGlued("CALL+1", 4));
  CHECK_FALSE(Words().BoostsGlued("AbCall+1", 6));
  CHECK_FALSE(Words().BoostsGlued("recall+1", 6));
  CHECK_FALSE(Words().BoostsGlued("x_call+1", 6));
  CHECK_FALSE(Words().BoostsGlued("9call+1", 5));
  CHECK_FALSE(Words().BoostsGlued("order+1", 5));
  CHECK_FALSE(Words().BoostsGlued("+1", 0));
}

TEST_CASE("context words: whether a boost word ends in a digit", "[unit]") {
  CHECK_FALSE(ContextWords({"phone", "tel"}, {"id2"}, {}).BoostEndsInDigit());
  CHECK(ContextWords({"phone", "tel2"}, {}, {}).BoostEndsInDigit());
  CHECK_FALSE(ContextWords({}, {}, {}).BoostEndsInDigit());
}

}  // namespace
}  // namespace logveil::confirm
