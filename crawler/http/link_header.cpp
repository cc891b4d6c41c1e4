#include "crawler/http/link_header.hpp"

#include "common/strings.hpp"
#include "crawler/http/url.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace scout::crawler {

namespace {

// A cursor over one header value.
class Scanner {
public:
  explicit Scanner(std::string_view text) : m_text(text) {}

  bool done() const { return m_pos >= m_text.size(); }
  char peek() const { return done() ? '\0' : m_text[m_pos]; }
  void advance() { ++m_pos; }

  void skip_space()
  {
    while (!done() && std::isspace(static_cast<unsigned char>(peek())) != 0) {
      ++m_pos;
    }
  }

  // Text up to (not including) the first of `stops`, or to the end.
  std::string_view until_any(std::string_view stops)
  {
    const std::size_t end = std::min(m_text.find_first_of(stops, m_pos), m_text.size());
    const std::string_view part = m_text.substr(m_pos, end - m_pos);
    m_pos = end;
    return part;
  }

  // A quoted-string after its opening quote, with backslash escapes undone.
  std::string quoted()
  {
    std::string result;
    while (!done() && peek() != '"') {
      if (peek() == '\\') {
        advance();
      }
      if (!done()) {
        result += peek();
        advance();
      }
    }
    advance();  // closing quote
    return result;
  }

  // Skips the rest of a malformed element, honouring quotes and <...>.
  void skip_element()
  {
    while (!done() && peek() != ',') {
      const char c = peek();
      advance();
      if (c == '"') {
        quoted();
      } else if (c == '<') {
        until_any(">");
        advance();
      }
    }
  }

private:
  std::string_view m_text;
  std::size_t m_pos = 0;
};

std::vector<std::string> split_rels(const std::string& value)
{
  std::vector<std::string> rels;
  std::istringstream words(value);
  std::string word;
  while (words >> word) {
    rels.push_back(to_lower(word));
  }
  return rels;
}

// Reads `; name[=value]` pairs until the element's closing comma or the end.
void read_params(Scanner& scanner, LinkValue& link)
{
  scanner.skip_space();
  while (scanner.peek() == ';') {
    scanner.advance();
    scanner.skip_space();
    const std::string name = to_lower(trim(scanner.until_any("=;,")));
    std::string value;
    if (scanner.peek() == '=') {
      scanner.advance();
      scanner.skip_space();
      if (scanner.peek() == '"') {
        scanner.advance();
        value = scanner.quoted();
      } else {
        value = std::string(trim(scanner.until_any(";,")));
      }
    }
    if (name == "rel") {
      link.rels = split_rels(value);
    } else if (!name.empty()) {
      link.params.emplace_back(name, value);
    }
    scanner.skip_space();
  }
}

}  // namespace

std::vector<LinkValue> parse_link_header(std::string_view value)
{
  std::vector<LinkValue> links;
  Scanner scanner(value);
  while (true) {
    scanner.skip_space();
    while (scanner.peek() == ',') {
      scanner.advance();
      scanner.skip_space();
    }
    if (scanner.done()) {
      return links;
    }
    if (scanner.peek() != '<') {
      scanner.skip_element();
      continue;
    }
    scanner.advance();
    LinkValue link;
    link.target = std::string(trim(scanner.until_any(">")));
    scanner.advance();  // '>'
    read_params(scanner, link);
    if (scanner.done() || scanner.peek() == ',') {
      links.push_back(std::move(link));
    } else {
      scanner.skip_element();
    }
  }
}

std::optional<std::string> next_link(const Headers& headers)
{
  for (const auto& [name, value] : headers.items()) {
    if (!iequals(name, "link")) {
      continue;
    }
    for (const LinkValue& link : parse_link_header(value)) {
      for (const std::string& rel : link.rels) {
        if (rel == "next") {
          return link.target;
        }
      }
    }
  }
  return std::nullopt;
}

NextPage next_page(const Headers& headers, std::string_view page_url)
{
  const std::optional<std::string> link = next_link(headers);
  if (!link) {
    return {};
  }
  const std::string resolved = resolve_reference(page_url, *link).value_or(*link);
  if (!same_origin(resolved, page_url)) {
    return {std::nullopt, "Link rel=\"next\" leaves the API's origin (" + resolved + "); not followed"};
  }
  return {resolved, ""};
}

}  // namespace scout::crawler
