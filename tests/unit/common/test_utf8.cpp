#include "common/utf8.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("common::utf8")
{
  TEST_CASE("valid text is kept byte for byte")
  {
    const std::string text = "Łukasz, 李明, José, Zoë, 😀";
    CHECK(scout::is_valid_utf8(text));
    CHECK(scout::valid_utf8(text) == text);
  }

  TEST_CASE("a stray byte becomes one U+FFFD")
  {
    CHECK_FALSE(
      scout::is_valid_utf8("a\xFF"
                           "b"));
    CHECK(scout::valid_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  }

  TEST_CASE("a truncated sequence at the end becomes one U+FFFD")
  {
    CHECK(scout::valid_utf8("ab\xE6\x9D") == "ab\xEF\xBF\xBD");
  }

  TEST_CASE("overlong forms and surrogates are ill-formed")
  {
    CHECK_FALSE(scout::is_valid_utf8("\xC0\xAF"));
    CHECK_FALSE(scout::is_valid_utf8("\xE0\x80\xAF"));
    CHECK_FALSE(scout::is_valid_utf8("\xED\xA0\x80"));
    CHECK_FALSE(scout::is_valid_utf8("\xF4\x90\x80\x80"));
    CHECK(scout::valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  }

  TEST_CASE("a lead byte followed by a non-continuation replaces only the lead")
  {
    CHECK(scout::valid_utf8("\xE6" "A") == "\xEF\xBF\xBD" "A");
  }
}
