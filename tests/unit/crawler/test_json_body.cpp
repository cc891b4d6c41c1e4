// One rule for "is this body JSON" and one set of type names, for every source (GitHub's and
// Hugging Face's parsers had one each, with different messages for the same body).
#include "crawler/json_body.hpp"

#include <doctest/doctest.h>

#include <string>

using scout::crawler::FetchedPage;
using scout::crawler::Headers;
using scout::crawler::json_type_name;
using scout::crawler::parse_json_body;

namespace {

std::string why_not_json(long status, const std::string& content_type, const std::string& body)
{
  Headers headers;
  if (!content_type.empty()) {
    headers.add("Content-Type", content_type);
  }
  rapidjson::Document document;
  return parse_json_body(FetchedPage{"https://h/x", status, &headers, body}, document);
}

}  // namespace

TEST_SUITE("crawler::json_body")
{
  TEST_CASE("every way a body is not JSON has one message")
  {
    CHECK(why_not_json(200, "text/html", "<html>login</html>")
          == "expected JSON, got text/html: \"<html>login</html>\"");
    CHECK(why_not_json(200, "", "<html>login</html>") == "expected JSON, got \"<html>login</html>\"");
    CHECK(why_not_json(200, "application/json", " \n ") == "expected JSON, got an empty body");
    CHECK(why_not_json(200, "application/json", "Temporary Redirect") == "expected JSON, got \"Temporary Redirect\"");
    CHECK(why_not_json(200, "application/json", "{\"a\": ").starts_with("expected JSON, got malformed JSON at byte"));
    // A 304's headers are its own; the archived 200's body decides.
    CHECK(why_not_json(304, "text/plain", "{}") == "");
  }

  TEST_CASE("JSON of any shape parses, the caller checks the shape")
  {
    CHECK(why_not_json(200, "application/json; charset=utf-8", "[1, 2]") == "");
    CHECK(why_not_json(200, "application/vnd.github+json", "\"text\"") == "");
    CHECK(why_not_json(200, "", "-1") == "");
  }

  TEST_CASE("type names tell integers from other numbers")
  {
    rapidjson::Document document;
    document.Parse(R"([{}, [], "s", 7, 7.5, true, null])");
    const char* expected[] = {"object", "array", "string", "integer", "number", "boolean", "null"};
    for (rapidjson::SizeType i = 0; i < document.Size(); ++i) {
      CHECK(json_type_name(document[i]) == expected[i]);
    }
  }
}
