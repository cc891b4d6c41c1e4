// One JSON field reader for every source. GitHub's said "expected string, but it is missing or
// null" where Hugging Face's said "expected string, got nothing" for the same absent field, and
// only GitHub's named nested fields ("owner.login"); both parsers now read through this one.
#include "common/json_parse.hpp"
#include "crawler/json_fields.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::crawler::JsonFields;

namespace {

rapidjson::Document parsed(const std::string& text)
{
  rapidjson::Document document;
  REQUIRE(scout::parse_json(document, text).empty());
  return document;
}

}  // namespace

TEST_SUITE("crawler::JsonFields")
{
  TEST_CASE("an absent field, a null one and one of the wrong type each say what was found")
  {
    struct Row {
      std::string body;
      std::string expected;
    };
    const Row rows[] = {
      {R"({})", "field 'login' of item 3: expected string, got nothing"},
      {R"({"login": null})", "field 'login' of item 3: expected string, got null"},
      {R"({"login": 7})", "field 'login' of item 3: expected string, got integer"},
      {R"([])", "item 3: expected object, got array"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.body);
      const rapidjson::Document document = parsed(row.body);
      std::string error;
      const JsonFields fields(document, error, "item 3");
      CHECK(fields.string("login").empty());
      CHECK(error == row.expected);
    }
  }

  TEST_CASE("the first problem wins and later reads still return values")
  {
    const rapidjson::Document document = parsed(R"({"a": "x", "b": true, "n": 4, "owner": {"id": 1}})");
    std::string error;
    const JsonFields fields(document, error);
    CHECK(fields.integer("a") == 0);
    CHECK(fields.object("owner").string("login").empty());
    CHECK(fields.integer("n") == 4);
    CHECK(error == "field 'a': expected integer, got string");
  }

  TEST_CASE("nested fields are named by their path")
  {
    const rapidjson::Document document = parsed(R"({"owner": {"id": 1}})");
    std::string error;
    const JsonFields fields(document, error, "model 0");
    CHECK(fields.object("owner").string("login").empty());
    CHECK(error == "field 'owner.login' of model 0: expected string, got nothing");
  }

  TEST_CASE("optional fields are empty when absent or null, but a wrong type is an error")
  {
    const rapidjson::Document document = parsed(R"({"name": null, "tags": ["a", "b"], "orgs": {}})");
    std::string error;
    const JsonFields fields(document, error);
    CHECK(fields.optional_string("name").empty());
    CHECK_FALSE(fields.optional_integer("count").has_value());
    CHECK(fields.optional_strings("tags") == std::vector<std::string>{"a", "b"});
    CHECK(error.empty());
    CHECK(fields.optional_array("orgs") == nullptr);
    CHECK(error == "field 'orgs': expected array, got object");
  }
}
