#pragma once

#include <string>

namespace scout::app {

// An account as people write it: "github:login", "hf:user" (or "huggingface:user"),
// "arxiv:Full Name". `source` is the stored source name (github, huggingface, arxiv).
struct AccountRef {
  std::string source;
  std::string handle;

  // "github:login", with the stored source name.
  std::string text() const { return source + ":" + handle; }
};

// Parses `text`; throws scout::UsageError naming the accepted forms when it is none of them.
AccountRef parse_account_ref(const std::string& text);

}  // namespace scout::app
