#include "shortlist/safe_text.hpp"

#include "common/strings.hpp"
#include "common/utf8.hpp"

namespace scout::shortlist {

namespace {

bool is_c1_control(std::string_view text, std::size_t i)
{
  // U+0080..U+009F encode as C2 80 .. C2 9F.
  return i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2
         && static_cast<unsigned char>(text[i + 1]) >= 0x80 && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

}  // namespace

std::string clean_text(std::string_view raw)
{
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else if (is_c1_control(text, i)) {
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string csv_field(std::string_view text)
{
  const bool formula_start = !text.empty()
                             && (text.front() == '=' || text.front() == '+' || text.front() == '-'
                                 || text.front() == '@' || text.front() == '\t' || text.front() == '\r');
  std::string cell = clean_text(text);
  // Cleaning may expose a formula character ("\t=cmd" -> " =cmd" is harmless, "\x01=" -> "=").
  if (formula_start
      || (!cell.empty()
          && (cell.front() == '=' || cell.front() == '+' || cell.front() == '-' || cell.front() == '@'))) {
    cell.insert(cell.begin(), '\'');
  }
  if (cell.find_first_of(",\"\n\r") == std::string::npos) {
    return cell;
  }
  std::string quoted = "\"";
  for (const char c : cell) {
    quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return quoted + "\"";
}

std::string html_escape(std::string_view raw)
{
  const std::string text = clean_text(raw);
  std::string out;
  out.reserve(text.size() + 16);
  for (const char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

std::string safe_link(std::string_view url)
{
  const std::string lower = to_lower(url.substr(0, 8));
  if (!starts_with(lower, "https://") && !starts_with(lower, "http://")) {
    return "";
  }
  for (const char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') {
      return "";
    }
  }
  return std::string(url);
}

std::string github_profile_url(std::string_view login) { return "https://github.com/" + percent_encode(login); }

std::string huggingface_profile_url(std::string_view user) { return "https://huggingface.co/" + percent_encode(user); }

std::string arxiv_author_url(std::string_view name)
{
  return "https://arxiv.org/search/?searchtype=author&query=" + percent_encode(name);
}

std::string markdown_cell(std::string_view raw)
{
  std::string out;
  for (const char c : clean_text(raw)) {
    if (c == '|' || c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

}  // namespace scout::shortlist
