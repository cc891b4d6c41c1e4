#include "app/config/tokens.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"

#include <cstdlib>

namespace scout::config {

EnvLookup process_environment()
{
  return [](const char* name) -> const char* { return std::getenv(name); };
}

std::vector<std::string> resolve_tokens(const std::vector<std::string>& token_env, const EnvLookup& getenv)
{
  std::vector<std::string> tokens;
  for (const std::string& name : token_env) {
    const char* value = getenv(name.c_str());
    if (value == nullptr || *value == '\0') {
      continue;
    }
    // A token read from a file often keeps its trailing newline; any other control
    // character would let the variable inject HTTP headers. The value is never printed.
    const std::string token(trim(value));
    for (const char c : token) {
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
        throw ConfigError("$" + name + ": the token contains a control character; it must be a single line");
      }
    }
    if (!token.empty()) {
      tokens.push_back(token);
    }
  }
  return tokens;
}

bool is_token_set(const std::string& name, const EnvLookup& getenv)
{
  const char* value = getenv(name.c_str());
  return value != nullptr && *value != '\0';
}

}  // namespace scout::config
