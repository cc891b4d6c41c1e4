#include "crawler/github/github_evidence.hpp"

#include <doctest/doctest.h>

using scout::crawler::github::decode_base64;

TEST_SUITE("crawler::github::base64")
{
  TEST_CASE("decodes with and without padding")
  {
    CHECK(decode_base64("") == "");
    CHECK(decode_base64("Zg==") == "f");
    CHECK(decode_base64("Zm8=") == "fo");
    CHECK(decode_base64("Zm9v") == "foo");
    CHECK(decode_base64("Zm9vYg") == "foob");
    CHECK(decode_base64("Zm9vYmE") == "fooba");
  }

  TEST_CASE("skips the newlines GitHub wraps content with")
  {
    CHECK(decode_base64("IyBk\ncG8t\r\nbGl0\nZQo=\n") == "# dpo-lite\n");
  }

  TEST_CASE("keeps UTF-8 and binary bytes")
  {
    CHECK(decode_base64("xYF1a2FzeiDmnY7mmI4=") == "Łukasz 李明");
    CHECK(decode_base64("AP8=") == std::string("\x00\xff", 2));
    CHECK(decode_base64("+/+/") == std::string("\xfb\xff\xbf", 3));
  }

  TEST_CASE("rejects foreign characters, data after padding and a lone trailing character")
  {
    CHECK_FALSE(decode_base64("Zm9v!").has_value());
    CHECK_FALSE(decode_base64("Zg==Zg==").has_value());
    CHECK_FALSE(decode_base64("Zm9vY").has_value());
    CHECK_FALSE(decode_base64("Zm9v-_").has_value());  // base64url is not what GitHub sends
  }
}
