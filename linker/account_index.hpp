#pragma once

#include "linker/identity_model.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace scout::linker {

// Lookups over the input accounts that every rule needs: by id, by handle, the normalised
// name of each, and the authors of each paper. Built once per link; read-only afterwards.
class AccountIndex {
public:
  explicit AccountIndex(const LinkInput& input);

  std::size_t size() const { return m_accounts.size(); }
  const Account& at(std::size_t index) const { return m_accounts[index]; }
  const std::string& name_key(std::size_t index) const { return m_name_keys[index]; }
  // Hands over the normalised names, one per position; the index has none afterwards.
  std::vector<std::string> take_name_keys() { return std::move(m_name_keys); }

  // The position of account `id` in the input, or npos when no such account was read.
  std::size_t index_of(std::int64_t id) const;
  const Account* find(std::int64_t id) const;
  const std::string& name_key_of(std::int64_t id) const;

  // True when the two accounts' names are the same name (either spelling, see alternate_name)
  // and say enough to corroborate a link (names_match).
  bool same_name(std::int64_t a, std::int64_t b) const;

  // The account for a GitHub login or Hugging Face name (case-insensitive); 0 when unknown.
  std::int64_t github_account(std::string_view login) const;
  std::int64_t hf_account(std::string_view name) const;

  // (account, normalised name) of each author of arXiv paper `paper_id`; empty when unknown.
  const std::vector<std::pair<std::int64_t, std::string>>& paper_authors(std::string_view paper_id) const;

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
  const std::vector<Account>& m_accounts;
  std::vector<std::string> m_name_keys;
  std::unordered_map<std::size_t, std::string> m_alternate_keys;  // only names with a second spelling
  std::unordered_map<std::int64_t, std::size_t> m_by_id;
  std::unordered_map<std::string, std::int64_t> m_github;
  std::unordered_map<std::string, std::int64_t> m_hf;
  // Keyed by paper id; transparent lookups take a string_view without a copy.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, std::vector<std::pair<std::int64_t, std::string>>, Hash, std::equal_to<>>
    m_paper_authors;
};

}  // namespace scout::linker
