#pragma once

#include "common/log.hpp"
#include "crawler/http/http_client.hpp"

#include <string>
#include <vector>

namespace scout::crawler {

// Asks GitHub which account each token belongs to (GET {api_url}/user, one request per
// token, answered from the core budget), so tokens of one account share its budget.
// Only worth it with two or more tokens; returns "" for a token whose answer is unusable
// (and says why in the log, naming the token by its label, never its value).
std::vector<std::string> github_token_accounts(HttpClient& http, const std::string& api_url,
                                               const std::string& token_name, const std::vector<std::string>& tokens,
                                               Logger& log);

}  // namespace scout::crawler
