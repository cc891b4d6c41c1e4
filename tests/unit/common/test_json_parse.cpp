#include "common/json_parse.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("common::parse_json")
{
  TEST_CASE("a body nested 100,000 levels deep is refused with a message, not a crash")
  {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    rapidjson::Document document;
    const std::string error = scout::parse_json(document, deep);
    CHECK(error == "JSON nested deeper than 512 levels at byte 512");
  }

  TEST_CASE("an unclosed deep prefix is refused the same way")
  {
    rapidjson::Document document;
    CHECK(scout::parse_json(document, std::string(55000, '[')).starts_with("JSON nested deeper than 512"));
  }

  TEST_CASE("brackets inside strings do not count as nesting")
  {
    const std::string text = "{\"a\": \"" + std::string(2000, '[') + "\\\"]\"}";
    rapidjson::Document document;
    REQUIRE(scout::parse_json(document, text).empty());
    CHECK(document["a"].GetStringLength() == 2002);
  }

  TEST_CASE("nesting up to the bound parses")
  {
    const std::string text = std::string(512, '[') + std::string(512, ']');
    rapidjson::Document document;
    CHECK(scout::parse_json(document, text).empty());
    CHECK(document.IsArray());
  }

  TEST_CASE("an escaped NUL becomes U+FFFD and the text after it is kept")
  {
    rapidjson::Document document;
    REQUIRE(scout::parse_json(document, R"({"bio": "nul \u0000 and after"})").empty());
    const std::string bio(document["bio"].GetString(), document["bio"].GetStringLength());
    CHECK(bio == "nul \xEF\xBF\xBD and after");
  }

  TEST_CASE("an escaped backslash before u0000 is text, not a NUL escape")
  {
    rapidjson::Document document;
    REQUIRE(scout::parse_json(document, R"(["a\\u0000b"])").empty());
    CHECK(std::string(document[0].GetString()) == "a\\u0000b");
  }

  TEST_CASE("malformed JSON names the byte and the reason")
  {
    rapidjson::Document document;
    CHECK(scout::parse_json(document, R"({"a": 1,})").starts_with("malformed JSON at byte 8: "));
  }
}
