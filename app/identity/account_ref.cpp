#include "app/identity/account_ref.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"

namespace scout::app {

AccountRef parse_account_ref(const std::string& text)
{
  const std::size_t colon = text.find(':');
  const std::string prefix = colon == std::string::npos ? "" : to_lower(text.substr(0, colon));
  const std::string rest = colon == std::string::npos ? "" : text.substr(colon + 1);
  const std::string handle(trim(rest));
  std::string source;
  if (prefix == "github" || prefix == "gh") {
    source = "github";
  } else if (prefix == "hf" || prefix == "huggingface") {
    source = "huggingface";
  } else if (prefix == "arxiv") {
    source = "arxiv";
  }
  if (source.empty() || handle.empty()) {
    throw UsageError("'" + text + "' is not an account: write github:LOGIN, hf:USER or arxiv:FULL NAME");
  }
  return {source, handle};
}

}  // namespace scout::app
