#include "replay/fixture_parser.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"
#include "replay/json_util.hpp"
#include "replay/query.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>

namespace scout::replay {

namespace {

using rapidjson::Value;

// Without a charset parameter: cpp-httplib only gzips this exact JSON type.
constexpr const char* k_json_type = "application/json";

std::string to_upper(std::string_view text)
{
  std::string result(text);
  for (char& c : result) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return result;
}

// Content-Type for a body_file without a recorded one, from its extension.
std::string type_for_file(const std::filesystem::path& file)
{
  const std::string extension = to_lower(file.extension().string());
  if (extension == ".json") {
    return k_json_type;
  }
  if (extension == ".xml" || extension == ".atom") {
    return "application/atom+xml; charset=utf-8";
  }
  if (extension == ".html" || extension == ".htm") {
    return "text/html; charset=utf-8";
  }
  return "text/plain; charset=utf-8";
}

// Content-Type for an inline "body" without a recorded one.
std::string type_for_text(std::string_view body)
{
  const std::string_view text = trim(body);
  if (starts_with(text, "{") || starts_with(text, "[")) {
    return k_json_type;
  }
  return text.empty() ? "" : "text/plain; charset=utf-8";
}

// Walks one parsed fixture file. `where` strings ("[1].response.status") locate the
// offending value inside the file for the error message.
class FixtureParser {
public:
  FixtureParser(const std::string& label, const std::filesystem::path& base_dir) : m_label(label), m_base_dir(base_dir)
  {
  }

  std::vector<Route> parse(const Value& root) const;

private:
  [[noreturn]] void fail(const std::string& where, const std::string& problem) const
  {
    throw ConfigError(m_label + ": " + where + ": " + problem);
  }

  void check_keys(const Value& object, const std::string& where, std::initializer_list<std::string_view> allowed) const;
  const Value& require_object(const Value& value, const std::string& where) const;
  std::string optional_string(const Value& object, const char* key, const std::string& where) const;
  Route parse_exchange(const Value& exchange, const std::string& where) const;
  void parse_request(const Value& request, const std::string& where, Route& route) const;
  RecordedResponse parse_response(const Value& response, const std::string& where) const;
  Headers parse_headers(const Value& headers, const std::string& where) const;
  std::string parse_body(const Value& response, const std::string& where, std::string& type) const;

  std::string m_label;
  std::filesystem::path m_base_dir;
};

std::vector<Route> FixtureParser::parse(const Value& root) const
{
  std::vector<Route> routes;
  if (root.IsObject()) {
    routes.push_back(parse_exchange(root, "exchange"));
    return routes;
  }
  if (!root.IsArray()) {
    fail("top level", "must be an exchange object or an array of them");
  }
  for (rapidjson::SizeType i = 0; i < root.Size(); ++i) {
    routes.push_back(parse_exchange(root[i], "[" + std::to_string(i) + "]"));
  }
  return routes;
}

// Keys starting with `_` and "comment" are annotations and are ignored.
void FixtureParser::check_keys(const Value& object, const std::string& where,
                               std::initializer_list<std::string_view> allowed) const
{
  for (const auto& member : object.GetObject()) {
    const std::string_view name(member.name.GetString(), member.name.GetStringLength());
    const bool known = std::find(allowed.begin(), allowed.end(), name) != allowed.end();
    if (!known && !starts_with(name, "_") && name != "comment") {
      fail(where, "unknown key \"" + std::string(name)
                    + "\" (allowed: " + join(std::vector<std::string>(allowed.begin(), allowed.end()), ", ") + ")");
    }
  }
}

const Value& FixtureParser::require_object(const Value& value, const std::string& where) const
{
  if (!value.IsObject()) {
    fail(where, "must be a JSON object");
  }
  return value;
}

std::string FixtureParser::optional_string(const Value& object, const char* key, const std::string& where) const
{
  if (!object.HasMember(key)) {
    return "";
  }
  const Value& value = object[key];
  if (!value.IsString()) {
    fail(where + "." + key, "must be a string");
  }
  return std::string(value.GetString(), value.GetStringLength());
}

Route FixtureParser::parse_exchange(const Value& exchange, const std::string& where) const
{
  require_object(exchange, where);
  check_keys(exchange, where, {"request", "response", "responses"});
  if (!exchange.HasMember("request")) {
    fail(where, "missing \"request\"");
  }
  Route route;
  route.source = m_label;
  parse_request(require_object(exchange["request"], where + ".request"), where + ".request", route);

  const bool single = exchange.HasMember("response");
  const bool sequence = exchange.HasMember("responses");
  if (single == sequence) {
    fail(where, "needs exactly one of \"response\" or \"responses\"");
  }
  if (single) {
    route.responses.push_back(parse_response(exchange["response"], where + ".response"));
    return route;
  }
  const Value& responses = exchange["responses"];
  if (!responses.IsArray() || responses.Empty()) {
    fail(where + ".responses", "must be a non-empty array of response objects");
  }
  for (rapidjson::SizeType i = 0; i < responses.Size(); ++i) {
    route.responses.push_back(parse_response(responses[i], where + ".responses[" + std::to_string(i) + "]"));
  }
  return route;
}

void FixtureParser::parse_request(const Value& request, const std::string& where, Route& route) const
{
  check_keys(request, where, {"method", "path", "query"});
  const std::string method = optional_string(request, "method", where);
  route.method = method.empty() ? "GET" : to_upper(method);
  std::string path = optional_string(request, "path", where);
  if (!starts_with(path, "/")) {
    fail(where + ".path", "required, and must start with '/' (got \"" + path + "\")");
  }
  std::string query = optional_string(request, "query", where);
  // A query may also be written inline in the path: "/search/users?q=x".
  const std::size_t question = path.find('?');
  if (question != std::string::npos) {
    if (request.HasMember("query")) {
      fail(where, "give the query either in \"path\" after '?' or in \"query\", not both");
    }
    query = path.substr(question + 1);
    path.resize(question);
  }
  route.path = normalise_path(path);
  route.query = normalise_query(query);
}

RecordedResponse FixtureParser::parse_response(const Value& response, const std::string& where) const
{
  require_object(response, where);
  check_keys(response, where, {"status", "headers", "body", "body_json", "body_file"});
  RecordedResponse result;
  if (response.HasMember("status")) {
    const Value& status = response["status"];
    if (!status.IsInt() || status.GetInt() < 100 || status.GetInt() > 599) {
      fail(where + ".status", "must be an integer HTTP status between 100 and 599");
    }
    result.status = status.GetInt();
  }
  if (response.HasMember("headers")) {
    result.headers = parse_headers(response["headers"], where + ".headers");
  }
  std::string default_type;
  result.body = parse_body(response, where, default_type);
  if (!default_type.empty()) {
    set_header_if_absent(result.headers, "Content-Type", default_type);
  }
  return result;
}

Headers FixtureParser::parse_headers(const Value& headers, const std::string& where) const
{
  require_object(headers, where);
  Headers result;
  for (const auto& member : headers.GetObject()) {
    const std::string name(member.name.GetString(), member.name.GetStringLength());
    if (member.value.IsString()) {
      result.emplace_back(name, std::string(member.value.GetString(), member.value.GetStringLength()));
    } else if (member.value.IsNumber()) {
      result.emplace_back(name, to_compact_json(member.value));
    } else {
      fail(where + "." + name, "header values must be strings or numbers");
    }
  }
  return result;
}

std::string FixtureParser::parse_body(const Value& response, const std::string& where, std::string& type) const
{
  const int given =
    int(response.HasMember("body")) + int(response.HasMember("body_json")) + int(response.HasMember("body_file"));
  if (given > 1) {
    fail(where, "give at most one of \"body\", \"body_json\" and \"body_file\"");
  }
  if (response.HasMember("body_json")) {
    type = k_json_type;
    return to_compact_json(response["body_json"]);
  }
  if (response.HasMember("body_file")) {
    const std::string relative = optional_string(response, "body_file", where);
    const std::filesystem::path file = m_base_dir / relative;
    std::error_code error;
    if (relative.empty() || !std::filesystem::is_regular_file(file, error)) {
      fail(where + ".body_file", "file \"" + file.string() + "\" does not exist");
    }
    type = type_for_file(file);
    return read_file(file.string());
  }
  std::string body = optional_string(response, "body", where);
  type = type_for_text(body);
  return body;
}

}  // namespace

std::vector<Route> parse_fixture_text(std::string_view text, const std::string& label,
                                      const std::filesystem::path& base_dir)
{
  const rapidjson::Document document = parse_json(text, label);
  return FixtureParser(label, base_dir).parse(document);
}

std::vector<Route> parse_fixture_file(const std::filesystem::path& file)
{
  return parse_fixture_text(read_file(file.string()), file.string(), file.parent_path());
}

}  // namespace scout::replay
