#include "linker/name_key.hpp"

#include <doctest/doctest.h>

using scout::linker::names_match;
using scout::linker::normalise_name;

TEST_SUITE("linker::normalise_name")
{
  TEST_CASE("accents and case fold away")
  {
    CHECK(normalise_name("José Álvarez") == "jose alvarez");
    CHECK(normalise_name("JOSE ALVAREZ") == "jose alvarez");
    CHECK(normalise_name("Łukasz Kaiser") == "lukasz kaiser");
    CHECK(normalise_name("Søren Øster") == "soren oster");
    CHECK(normalise_name("Jürgen Straße") == "jurgen strasse");
    CHECK(normalise_name("Nguyễn Thị Ánh") == "nguyen thi anh");
    CHECK(normalise_name("Ștefan Țurcanu") == "stefan turcanu");
  }

  TEST_CASE("decomposed accents (combining marks) fold like precomposed ones")
  {
    CHECK(normalise_name("Jose\xCC\x81 A\xCC\x81lvarez") == "jose alvarez");
  }

  TEST_CASE("a surname written first before a comma reads as given name first")
  {
    CHECK(normalise_name("Álvarez, José") == "jose alvarez");
    CHECK(normalise_name("Zhang,Wei") == "wei zhang");
  }

  TEST_CASE("spaces and punctuation collapse to one space")
  {
    CHECK(normalise_name("  Jean-Pierre   de  la Cruz ") == "jean pierre de la cruz");
    CHECK(normalise_name("J. R. Smith") == "j r smith");
    CHECK(normalise_name("O'Neil\tSmith") == "oneil smith");
  }

  TEST_CASE("Greek and Cyrillic capitals fold to lower case and other scripts are kept")
  {
    CHECK(normalise_name("ΣΟΦΙΑ") == normalise_name("σοφια"));
    CHECK(normalise_name("ИВАН Петров") == "иван петров");
    CHECK(normalise_name("张伟") == "张伟");
  }

  TEST_CASE("a second spelling in parentheses is left out of the name and read as its alternate")
  {
    CHECK(normalise_name("李明 (Ming Li)") == "李明");
    CHECK(scout::linker::alternate_name("李明 (Ming Li)") == "ming li");
    CHECK(scout::linker::alternate_name("Ming Li").empty());
  }

  TEST_CASE("a name without letters is empty and ill-formed bytes do not break it")
  {
    CHECK(normalise_name(" -- ").empty());
    CHECK(normalise_name("Ana\xFF Lima") == "ana lima");
  }
}

TEST_SUITE("linker::names_match")
{
  TEST_CASE("equal multi-word names match but single words and empty names do not")
  {
    CHECK(names_match("jose alvarez", "jose alvarez"));
    CHECK_FALSE(names_match("jose alvarez", "jose alvares"));
    CHECK_FALSE(names_match("lukasz", "lukasz"));
    CHECK_FALSE(names_match("", ""));
    CHECK(names_match("张伟", "张伟"));
  }
}
