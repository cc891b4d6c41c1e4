#include "replay/fault.hpp"

#include "common/error.hpp"
#include "replay/json_util.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <utility>

namespace scout::replay {

namespace {

using rapidjson::Value;

constexpr std::array<std::pair<FaultKind, std::string_view>, 6> k_kind_names{{
  {FaultKind::latency, "latency"},
  {FaultKind::status, "status"},
  {FaultKind::truncate, "truncate"},
  {FaultKind::malform, "malform"},
  {FaultKind::html, "html"},
  {FaultKind::drip, "drip"},
}};

// Reads the keys of one fault object, failing with the key that is wrong.
class FaultReader {
public:
  explicit FaultReader(std::string_view json) : m_label("fault " + std::string(json)) {}

  [[noreturn]] void fail(std::string_view key, std::string_view problem) const
  {
    throw ConfigError(m_label + ": " + std::string(key) + ": " + std::string(problem));
  }

  int integer(const Value& value, std::string_view key, int min, int max) const
  {
    if (!value.IsInt() || value.GetInt() < min || value.GetInt() > max) {
      fail(key, "must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return value.GetInt();
  }

  std::string string(const Value& value, std::string_view key) const
  {
    if (!value.IsString()) {
      fail(key, "must be a string");
    }
    return std::string(value.GetString(), value.GetStringLength());
  }

  Headers headers(const Value& value) const
  {
    if (!value.IsObject()) {
      fail("headers", "must be an object of header name to string value");
    }
    Headers result;
    for (const auto& member : value.GetObject()) {
      result.emplace_back(member.name.GetString(), string(member.value, "headers"));
    }
    return result;
  }

  const std::string& label() const { return m_label; }

private:
  std::string m_label;
};

constexpr int k_max_ms = 600'000;

void read_member(const FaultReader& reader, std::string_view key, const Value& value, Fault& fault)
{
  if (key == "kind") {
    // Read first, see parse_fault().
  } else if (key == "path_prefix") {
    fault.path_prefix = reader.string(value, key);
  } else if (key == "count") {
    fault.count = reader.integer(value, key, 1, 1'000'000'000);
  } else if (key == "ms") {
    fault.latency_ms = reader.integer(value, key, 0, k_max_ms);
  } else if (key == "status") {
    fault.status = reader.integer(value, key, 100, 599);
  } else if (key == "retry_after") {
    fault.retry_after_s = reader.integer(value, key, 0, 86'400);
  } else if (key == "ratelimit_reset_in") {
    fault.ratelimit_reset_in_s = reader.integer(value, key, 0, 86'400);
  } else if (key == "body") {
    fault.body = reader.string(value, key);
  } else if (key == "headers") {
    fault.headers = reader.headers(value);
  } else if (key == "chunk_bytes") {
    fault.chunk_bytes = reader.integer(value, key, 1, 1 << 20);
  } else if (key == "interval_ms") {
    fault.interval_ms = reader.integer(value, key, 0, k_max_ms);
  } else {
    reader.fail(key,
                "unknown key (allowed: kind, path_prefix, count, ms, status, retry_after, "
                "ratelimit_reset_in, body, headers, chunk_bytes, interval_ms)");
  }
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_int(JsonWriter& writer, const char* key, std::optional<int> value)
{
  if (value) {
    writer.Key(key);
    writer.Int(*value);
  }
}

void write_status_fields(JsonWriter& writer, const Fault& fault)
{
  write_int(writer, "status", fault.status);
  write_int(writer, "retry_after", fault.retry_after_s);
  write_int(writer, "ratelimit_reset_in", fault.ratelimit_reset_in_s);
  if (fault.body) {
    writer.Key("body");
    writer.String(*fault.body);
  }
  if (!fault.headers.empty()) {
    writer.Key("headers");
    writer.StartObject();
    for (const auto& [name, value] : fault.headers) {
      writer.Key(name.c_str());
      writer.String(value);
    }
    writer.EndObject();
  }
}

}  // namespace

std::optional<FaultKind> fault_kind_from_name(std::string_view name)
{
  for (const auto& [kind, kind_name] : k_kind_names) {
    if (kind_name == name) {
      return kind;
    }
  }
  return std::nullopt;
}

std::string_view fault_kind_name(FaultKind kind)
{
  for (const auto& [candidate, name] : k_kind_names) {
    if (candidate == kind) {
      return name;
    }
  }
  return "unknown";
}

Fault parse_fault(std::string_view json)
{
  const FaultReader reader(json);
  const rapidjson::Document document = parse_json(json, reader.label());
  if (!document.IsObject()) {
    reader.fail("top level", "must be a JSON object such as {\"kind\":\"status\",\"status\":503}");
  }
  if (!document.HasMember("kind")) {
    reader.fail("kind", "required: latency, status, truncate, malform, html or drip");
  }
  const std::optional<FaultKind> kind = fault_kind_from_name(reader.string(document["kind"], "kind"));
  if (!kind) {
    reader.fail("kind", "must be one of latency, status, truncate, malform, html, drip");
  }
  Fault fault;
  fault.kind = *kind;
  for (const auto& member : document.GetObject()) {
    read_member(reader, member.name.GetString(), member.value, fault);
  }
  if (fault.kind == FaultKind::status && fault.status == 0) {
    reader.fail("status", "required for a status fault, e.g. 429, 403, 500, 502 or 503");
  }
  return fault;
}

std::string fault_to_json(const Fault& fault)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  writer.Key("kind");
  writer.String(std::string(fault_kind_name(fault.kind)));
  if (!fault.path_prefix.empty()) {
    writer.Key("path_prefix");
    writer.String(fault.path_prefix);
  }
  write_int(writer, "count", fault.count);
  switch (fault.kind) {
  case FaultKind::latency: write_int(writer, "ms", fault.latency_ms); break;
  case FaultKind::drip:
    write_int(writer, "chunk_bytes", fault.chunk_bytes);
    write_int(writer, "interval_ms", fault.interval_ms);
    break;
  case FaultKind::status: write_status_fields(writer, fault); break;
  case FaultKind::truncate:
  case FaultKind::malform:
  case FaultKind::html: break;
  }
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace scout::replay
