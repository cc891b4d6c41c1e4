#include "common/json_parse.hpp"

#include <rapidjson/error/en.h>

namespace scout {

std::size_t json_depth_exceeded_at(std::string_view text, int max_depth)
{
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        return i;
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

std::string without_json_nul_escapes(std::string_view text)
{
  std::string out(text);
  bool in_string = false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!in_string) {
      in_string = out[i] == '"';
      continue;
    }
    if (out[i] == '"') {
      in_string = false;
    } else if (out[i] == '\\' && i + 1 < out.size()) {
      if (out.compare(i + 1, 5, "u0000") == 0) {
        out.replace(i + 2, 4, "FFFD");
      }
      ++i;  // skip the escaped character, so "\\u0000" (an escaped backslash) stays
    }
  }
  return out;
}

std::string parse_json(rapidjson::Document& document, std::string_view text, int max_depth)
{
  if (const std::size_t at = json_depth_exceeded_at(text, max_depth); at != std::string_view::npos) {
    document.SetNull();
    return "JSON nested deeper than " + std::to_string(max_depth) + " levels at byte " + std::to_string(at);
  }
  constexpr unsigned k_flags = rapidjson::kParseIterativeFlag;
  // The copy is made only when there is something to replace: NULs are rare.
  if (text.find("\\u0000") != std::string_view::npos) {
    const std::string cleaned = without_json_nul_escapes(text);
    document.Parse<k_flags>(cleaned.data(), cleaned.size());
  } else {
    document.Parse<k_flags>(text.data(), text.size());
  }
  if (document.HasParseError()) {
    return "malformed JSON at byte " + std::to_string(document.GetErrorOffset()) + ": "
           + rapidjson::GetParseError_En(document.GetParseError());
  }
  return "";
}

}  // namespace scout
