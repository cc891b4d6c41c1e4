#include "replay/control_api.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"
#include "replay/fault.hpp"
#include "replay/json_util.hpp"

#include <vector>

namespace scout::replay {

namespace {

Reply json_reply(int status, std::string body)
{
  Reply reply;
  reply.status = status;
  reply.body = std::move(body);
  set_header(reply.headers, "Content-Type", "application/json; charset=utf-8");
  set_header(reply.headers, "Cache-Control", "no-store");
  return reply;
}

std::string faults_json(const std::vector<Fault>& faults)
{
  std::vector<std::string> items;
  for (const Fault& fault : faults) {
    items.push_back(fault_to_json(fault));
  }
  return "{\"faults\":[" + join(items, ",") + "]}";
}

// Parses one fault object or an array of them; all-or-nothing.
std::vector<Fault> parse_faults(const std::string& body)
{
  const rapidjson::Document document = parse_json(body, "fault request body");
  std::vector<Fault> faults;
  if (!document.IsArray()) {
    faults.push_back(parse_fault(body));
    return faults;
  }
  for (const auto& item : document.GetArray()) {
    faults.push_back(parse_fault(to_compact_json(item)));
  }
  return faults;
}

Reply add_faults(ReplayState& state, const std::string& body)
{
  try {
    for (Fault& fault : parse_faults(body)) {
      state.faults.add(std::move(fault));
    }
  } catch (const Error& error) {
    return json_reply(400, message_json(error.what()));
  }
  return json_reply(201, "{\"ok\":true,\"active\":" + std::to_string(state.faults.list().size()) + "}");
}

}  // namespace

bool is_control_path(std::string_view path) { return path == "/__replay" || starts_with(path, "/__replay/"); }

Reply handle_control(ReplayState& state, std::string_view method, std::string_view path, const std::string& body)
{
  if (path == "/__replay/stats" && method == "GET") {
    return json_reply(200, stats_to_json(state.stats.snapshot()));
  }
  if (path == "/__replay/reset" && method == "POST") {
    state.reset();
    return json_reply(200, "{\"ok\":true}");
  }
  if (path == "/__replay/faults" && method == "GET") {
    return json_reply(200, faults_json(state.faults.list()));
  }
  if (path == "/__replay/faults" && method == "POST") {
    return add_faults(state, body);
  }
  if (path == "/__replay/faults" && method == "DELETE") {
    state.faults.clear();
    return json_reply(200, "{\"ok\":true}");
  }
  return json_reply(404, message_json("unknown control request " + std::string(method) + " " + std::string(path)
                                      + "; try GET /__replay/stats, POST /__replay/reset, "
                                        "GET|POST|DELETE /__replay/faults"));
}

}  // namespace scout::replay
