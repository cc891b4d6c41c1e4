#include "app/config/embedded_config.hpp"
#include "app/config/settings_fields.hpp"

#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>

#include <climits>
#include <string>
#include <type_traits>

using namespace scout::config;

namespace {

rapidjson::Document schema_document()
{
  const std::string_view text = settings_schema_json();
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

// The schema of key `table.key`, following a local "$ref"; nullptr when absent.
const rapidjson::Value* key_schema(const rapidjson::Document& doc, std::string_view table, std::string_view key)
{
  std::string pointer;
  for (const std::string& part : {std::string(table) + ".", std::string(key) + "."}) {
    std::size_t start = 0;
    for (std::size_t dot = part.find('.'); dot != std::string::npos; dot = part.find('.', start)) {
      pointer += "/properties/" + part.substr(start, dot - start);
      start = dot + 1;
    }
  }
  const rapidjson::Value* schema = rapidjson::Pointer(pointer.c_str()).Get(doc);
  if (schema != nullptr && schema->HasMember("$ref")) {
    schema = rapidjson::Pointer(schema->operator[]("$ref").GetString() + 1).Get(doc);
  }
  return schema;
}

void check_objects_closed(const rapidjson::Value& schema, const std::string& where)
{
  if (!schema.IsObject()) {
    return;
  }
  if (schema.HasMember("properties")) {
    INFO("schema at " << where);
    CHECK(schema.HasMember("additionalProperties"));
    CHECK(schema["additionalProperties"].IsFalse());
    CHECK(schema.HasMember("description"));
    for (const auto& member : schema["properties"].GetObject()) {
      const std::string child = where + "/" + member.name.GetString();
      INFO("key at " << child);
      CHECK(member.value.HasMember("description"));
      check_objects_closed(member.value, child);
    }
  }
}

}  // namespace

TEST_SUITE("config::schema")
{
  TEST_CASE("schema describes every Settings key")
  {
    const rapidjson::Document doc = schema_document();
    const Settings settings;
    for_each_field(settings, [&doc](std::string_view table, std::string_view key, const auto&) {
      const std::string name = std::string(table) + "." + std::string(key);
      INFO("key: " << name);
      CHECK(key_schema(doc, table, key) != nullptr);
    });
  }

  TEST_CASE("schema has no key that Settings lacks")
  {
    const rapidjson::Document doc = schema_document();
    std::size_t fields = 0;
    const Settings settings;
    auto count = [&fields](std::string_view, std::string_view, const auto&) { ++fields; };
    for_each_field(settings, count);
    std::size_t keys = 0;
    for (const char* table :
         {"/properties/database", "/properties/crawl", "/properties/ranking", "/properties/sources/properties/github",
          "/properties/sources/properties/huggingface", "/properties/sources/properties/arxiv", "/properties/identity",
          "/properties/identity/properties/strength", "/properties/nightly"}) {
      for (const auto& key : rapidjson::Pointer(table).Get(doc)->operator[]("properties").GetObject()) {
        const bool nested_table = key.value.HasMember("type") && key.value["type"] == "object";
        keys += nested_table ? 0 : 1;
      }
    }
    CHECK(keys == fields);
  }

  TEST_CASE("every table rejects unknown keys and every key has a description")
  {
    const rapidjson::Document doc = schema_document();
    check_objects_closed(doc, "#");
  }

  TEST_CASE("every int key has a schema maximum that fits in int")
  {
    const rapidjson::Document doc = schema_document();
    const Settings settings;
    auto check = [&doc](std::string_view table, std::string_view key, const auto& field) {
      if constexpr (std::is_same_v<std::decay_t<decltype(field)>, int>) {
        const std::string name = std::string(table) + "." + std::string(key);
        INFO("key: " << name);
        const rapidjson::Value* schema = key_schema(doc, table, key);
        REQUIRE(schema != nullptr);
        REQUIRE(schema->HasMember("maximum"));
        CHECK((*schema)["maximum"].GetInt64() <= INT_MAX);
        CHECK((*schema)["minimum"].GetInt64() >= 0);
      }
    };
    for_each_field(settings, check);
  }
}
