#include "app/config/tokens.hpp"
#include "common/error.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

using scout::config::EnvLookup;
using scout::config::is_token_set;
using scout::config::resolve_tokens;

namespace {

EnvLookup fake_env(const std::map<std::string, std::string>& vars)
{
  return [vars](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  };
}

}  // namespace

TEST_SUITE("config::tokens")
{
  TEST_CASE("tokens come from the named variables in order")
  {
    const EnvLookup env = fake_env({{"B", "tok-b"}, {"A", "tok-a"}});
    CHECK(resolve_tokens({"A", "B"}, env) == std::vector<std::string>{"tok-a", "tok-b"});
    CHECK(resolve_tokens({"B", "A"}, env) == std::vector<std::string>{"tok-b", "tok-a"});
  }

  TEST_CASE("a token's trailing newline is dropped, any other control character is refused unprinted")
  {
    CHECK(resolve_tokens({"T"}, fake_env({{"T", "tok\n"}})) == std::vector<std::string>{"tok"});
    CHECK_THROWS_WITH_AS(resolve_tokens({"T"}, fake_env({{"T", "secret\r\nX-Injected: yes"}})),
                         "$T: the token contains a control character; it must be a single line", scout::ConfigError);
  }

  TEST_CASE("unset and empty variables are skipped")
  {
    const EnvLookup env = fake_env({{"EMPTY", ""}, {"SET", "tok"}});
    CHECK(resolve_tokens({"UNSET", "EMPTY", "SET"}, env) == std::vector<std::string>{"tok"});
    CHECK(resolve_tokens({"UNSET"}, env).empty());
    CHECK(resolve_tokens({}, env).empty());
  }

  TEST_CASE("is_token_set is true only for a non-empty value")
  {
    const EnvLookup env = fake_env({{"EMPTY", ""}, {"SET", "tok"}});
    CHECK(is_token_set("SET", env));
    CHECK_FALSE(is_token_set("EMPTY", env));
    CHECK_FALSE(is_token_set("UNSET", env));
  }

  TEST_CASE("the process environment is read through process_environment")
  {
    ::setenv("SCOUT_CONFIG_TEST_TOKEN", "tok-env", 1);
    CHECK(resolve_tokens({"SCOUT_CONFIG_TEST_TOKEN"}, scout::config::process_environment())
          == std::vector<std::string>{"tok-env"});
    ::unsetenv("SCOUT_CONFIG_TEST_TOKEN");
  }
}
