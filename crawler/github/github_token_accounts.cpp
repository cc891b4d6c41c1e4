#include "crawler/github/github_token_accounts.hpp"

#include "common/json_parse.hpp"

#include <rapidjson/document.h>

namespace scout::crawler {

namespace {

std::string login_of(const HttpResponse& response)
{
  if (response.error != TransportError::none || response.status != 200) {
    return "";
  }
  rapidjson::Document document;
  if (!parse_json(document, response.body).empty() || !document.IsObject() || !document.HasMember("login")
      || !document["login"].IsString()) {
    return "";
  }
  return document["login"].GetString();
}

}  // namespace

std::vector<std::string> github_token_accounts(HttpClient& http, const std::string& api_url,
                                               const std::string& token_name, const std::vector<std::string>& tokens,
                                               Logger& log)
{
  std::vector<std::string> accounts(tokens.size());
  if (tokens.size() < 2) {
    return accounts;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    HttpRequest request;
    request.id = i + 1;
    request.url = api_url + "/user";
    request.headers = {{"Accept", "application/vnd.github+json"}, {"Authorization", "Bearer " + tokens[i]}};
    http.start(std::move(request));
  }
  std::size_t answered = 0;
  while (answered < tokens.size()) {
    for (const HttpResponse& response : http.poll(std::chrono::milliseconds(1000))) {
      const std::size_t index = static_cast<std::size_t>(response.id - 1);
      accounts[index] = login_of(response);
      if (accounts[index].empty()) {
        log.warn(token_name + "#" + std::to_string(index + 1) + ": cannot tell which GitHub account it belongs to (GET "
                 + api_url + "/user answered " + std::to_string(response.status) + "); its budget is tracked alone");
      }
      ++answered;
    }
  }
  return accounts;
}

}  // namespace scout::crawler
