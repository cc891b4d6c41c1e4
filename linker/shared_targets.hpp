#pragma once

#include "linker/identity_model.hpp"

#include <string>
#include <unordered_map>

namespace scout::linker {

// How many distinct accounts cite or contribute to each thing evidence points at: a
// repository, a paper, a Hugging Face profile or model. A thing many people point at
// (huggingface/transformers, the DPO paper) is a citation, never proof of identity.
class SharedTargets {
public:
  SharedTargets(const LinkInput& input, int min_accounts);

  // The key evidence is counted under: "account:<id>" when it points at an account,
  // else its to_ref in lower case.
  static std::string key_of(const Evidence& evidence);

  // Distinct accounts citing `key` (plus a repository's contributors).
  int accounts(const std::string& key) const;

  // True when `key` is cited by at least the configured number of accounts.
  bool shared(const std::string& key) const { return accounts(key) >= m_min_accounts; }

  // The reason a link through `key` is refused, e.g. "github:huggingface/transformers is
  // shared: cited by 12 accounts"; empty when it is not shared.
  std::string refusal(const std::string& key) const;

private:
  std::unordered_map<std::string, int> m_accounts;
  int m_min_accounts;
};

}  // namespace scout::linker
