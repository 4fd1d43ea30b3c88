#include "detect/sql_values_view.h"

#include <catch2/catch.hpp>
#include <random>

#include "detect/scanner.h"
#include "support/default_engine.h"

namespace logveil::detect {
namespace {

using Strings = std::vector<std::string>;

// The view of `text` taken as one line.
std::string ViewOf(std::string_view text) {
  SqlValuesView view;
  ByteRange line{0, text.size()};
  if (!view.Build(text, {&line, 1})) return "none";
  return std::string(view.text());
}

// Maps the first occurrence of `found` in the view back to the text.
std::string MapBack(std::string_view text, std::string_view found) {
  SqlValuesView view;
  ByteRange line{0, text.size()};
  if (!view.Build(text, {&line, 1})) return "none";
  size_t at = view.text().find(found);
  if (at == std::string_view::npos) return "not in view";
  std::vector<Finding> mapped;
  view.AppendMapped({{0, {at, at + found.size()}}}, mapped);
  if (mapped.empty()) return "dropped";
  return std::string(mapped[0].range.In(text)) + "@" +
         std::to_string(mapped[0].range.begin);
}

TEST_CASE("sql values view: each value under its column", "[unit]") {
  CHECK(ViewOf("LOG: INSERT INTO users (first_name, phone, age) VALUES "
               "('Jane', '4155550123', 41);") ==
        "first_name = 'Jane'\nphone = '4155550123'\nage = 41\n");
  // Quoted names lose their quotes; rows after the first use the same
  // columns; values with commas or parentheses inside stay whole.
  CHECK(ViewOf("insert into `t` (`a`,\"b\",[c]) values ('x, y', NOW(), "
               "CONCAT('p', 'q')),('O''Brien','it\\'s',  NULL )") ==
        "a = 'x, y'\nb = NOW()\nc = CONCAT('p', 'q')\na = 'O''Brien'\n"
        "b = 'it\\'s'\nc = NULL\n");
  // A statement cut short gives what it holds; values past the columns
  // and empty ones give nothing.
  CHECK(ViewOf("INSERT INTO t (a, b) VALUES (1, 2, 3), (, 'Jane") ==
        "a = 1\nb = 2\nb = 'Jane\n");
}

TEST_CASE("sql values view: nothing without a column list", "[unit]") {
  CHECK(ViewOf("no statement here") == "none");
  CHECK(ViewOf("INSERT INTO t VALUES ('Jane', 'Roe')") == "none");
  CHECK(ViewOf("the values (a, b) are fine") == "none");
  CHECK(ViewOf("f(x + 1) values (2)") == "none");
  CHECK(ViewOf("(a, b) values") == "none");
  CHECK(ViewOf("(a,) values (1, 2)") == "none");
}

TEST_CASE("sql values view: bounded by the line it is built from", "[unit]") {
  // A 'values' inside rows already read starts no statement: each byte is
  // read once, whatever the nesting (this line took minutes at 480 KB
  // when every 'values' was read again to the end of the line).
  std::string nested;
  for (int i = 0; i < 3; ++i) nested += "(a) values (";
  CHECK(ViewOf(nested) == "a = (a) values ((a) values (\n");
  // A name longer than any database allows is no column.
  CHECK(ViewOf("(" + std::string(129, 'c') + ") values (1)") == "none");
  CHECK(ViewOf("(" + std::string(128, 'c') + ") values (1)") ==
        std::string(128, 'c') + " = 1\n");
  // A long name over many short values: the view stops growing at twice
  // the line; the values past that are scanned as written.
  std::string rows = "(" + std::string(100, 'c') + ") values (1)";
  for (int i = 0; i < 1000; ++i) rows += ",(2)";
  std::string view = ViewOf(rows);
  CHECK(view.size() <= 2 * rows.size());
  CHECK(view.size() > rows.size());
  CHECK(view.starts_with(std::string(100, 'c') + " = 1\n"));
}

TEST_CASE("sql values view: findings map back to the value's bytes", "[unit]") {
  const std::string text = "x INSERT INTO t (name, b) VALUES ('Jane', 7)";
  CHECK(MapBack(text, "Jane") == "Jane@35");
  CHECK(MapBack(text, "'Jane'") == "'Jane'@34");
  CHECK(MapBack(text, "7") == "7@42");
  // A finding that starts in the column name is cut to the value; one in
  // the name alone is dropped.
  CHECK(MapBack(text, "name = 'Jane") == "'Jane@34");
  CHECK(MapBack(text, "name") == "dropped");
}

const DetectorSet& BuiltinDetectors() {
  return testing::DefaultEngine().detectors;
}

// Each finding as "<label> <bytes>".
Strings Scan(std::string_view text) {
  Scanner scanner(BuiltinDetectors());
  std::vector<Finding> findings;
  scanner.Scan(text, findings);
  Strings out;
  for (const auto& f : findings) {
    out.push_back(BuiltinDetectors().detector(f.detector).label + " " +
                  std::string(f.range.In(text)));
  }
  return out;
}

TEST_CASE("scanner: values of logged INSERT statements", "[unit]") {
  CHECK(Scan("stmt: INSERT INTO customers (first_name, surname, mobile) "
             "VALUES ('Jane', 'Roe', '4155550123'), ('Bob', 'Smith', "
             "'4155550188') RETURNING id") ==
        Strings{"NAME Jane", "NAME Roe", "PHONE 4155550123", "NAME Bob",
                "NAME Smith", "PHONE 4155550188"});
  // The lines around it are scanned as before; a values list without
  // columns gives no context.
  CHECK(Scan("ok\nINSERT INTO t VALUES ('Jane', '4155550123')\nINSERT INTO "
             "t (status, ref) VALUES ('active', '4155550123')") == Strings{});
}

TEST_CASE("scanner: random bytes around VALUES never crash", "[unit]") {
  std::mt19937 random(7);
  const std::string pieces[] = {"VALUES", "values", "(",    ")",  ",",
                                "'",      "\"",     "\\",   " ",  "a",
                                "name",   "\n",     "4155", "''", "`"};
  Scanner scanner(BuiltinDetectors());
  std::vector<Finding> findings;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = 0; i < 24; ++i) text += pieces[random() % std::size(pieces)];
    scanner.Scan(text, findings);
    for (const Finding& f : findings) {
      REQUIRE(f.range.begin < f.range.end);
      REQUIRE(f.range.end <= text.size());
    }
  }
}

}  // namespace
}  // namespace logveil::detect
