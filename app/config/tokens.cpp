#include "app/config/tokens.hpp"

#include <cstdlib>

namespace scout::config {

EnvLookup process_environment()
{
  return [](const char* name) -> const char* { return std::getenv(name); };
}

std::vector<std::string> resolve_tokens(const std::vector<std::string>& token_env,
                                        const EnvLookup& getenv)
{
  std::vector<std::string> tokens;
  for (const std::string& name : token_env) {
    const char* value = getenv(name.c_str());
    if (value != nullptr && *value != '\0') {
      tokens.emplace_back(value);
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
