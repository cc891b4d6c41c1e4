#include "linker/account_index.hpp"

#include "common/strings.hpp"
#include "linker/name_key.hpp"

#include <tbb/parallel_for.h>

namespace scout::linker {

AccountIndex::AccountIndex(const LinkInput& input) : m_accounts(input.accounts)
{
  // Names fold independently: in parallel, each into its own slot.
  m_name_keys.resize(m_accounts.size());
  tbb::parallel_for(std::size_t{0}, m_accounts.size(),
                    [&](std::size_t i) { m_name_keys[i] = normalise_name(m_accounts[i].name); });
  m_by_id.reserve(m_accounts.size());
  for (std::size_t i = 0; i < m_accounts.size(); ++i) {
    const Account& account = m_accounts[i];
    if (account.name.find('(') != std::string::npos) {
      if (std::string alternate = alternate_name(account.name); !alternate.empty()) {
        m_alternate_keys.emplace(i, std::move(alternate));
      }
    }
    m_by_id.emplace(account.id, i);
    if (account.source == Source::github) {
      m_github.emplace(to_lower(account.handle), account.id);
    } else if (account.source == Source::huggingface) {
      m_hf.emplace(to_lower(account.handle), account.id);
    }
  }
  for (const Authorship& author : input.authorships) {
    m_paper_authors[author.paper_id].emplace_back(author.account, normalise_name(author.name));
  }
}

std::size_t AccountIndex::index_of(std::int64_t id) const
{
  const auto found = m_by_id.find(id);
  return found == m_by_id.end() ? npos : found->second;
}

const Account* AccountIndex::find(std::int64_t id) const
{
  const std::size_t index = index_of(id);
  return index == npos ? nullptr : &m_accounts[index];
}

const std::string& AccountIndex::name_key_of(std::int64_t id) const
{
  static const std::string k_none;
  const std::size_t index = index_of(id);
  return index == npos ? k_none : m_name_keys[index];
}

bool AccountIndex::same_name(std::int64_t a, std::int64_t b) const
{
  const std::size_t a_index = index_of(a);
  const std::size_t b_index = index_of(b);
  if (a_index == npos || b_index == npos) {
    return false;
  }
  const auto spellings = [&](std::size_t index) {
    std::vector<const std::string*> keys = {&m_name_keys[index]};
    if (const auto alternate = m_alternate_keys.find(index); alternate != m_alternate_keys.end()) {
      keys.push_back(&alternate->second);
    }
    return keys;
  };
  for (const std::string* a_key : spellings(a_index)) {
    for (const std::string* b_key : spellings(b_index)) {
      if (names_match(*a_key, *b_key)) {
        return true;
      }
    }
  }
  return false;
}

std::int64_t AccountIndex::github_account(std::string_view login) const
{
  const auto found = m_github.find(to_lower(login));
  return found == m_github.end() ? 0 : found->second;
}

std::int64_t AccountIndex::hf_account(std::string_view name) const
{
  const auto found = m_hf.find(to_lower(name));
  return found == m_hf.end() ? 0 : found->second;
}

const std::vector<std::pair<std::int64_t, std::string>>& AccountIndex::paper_authors(std::string_view paper_id) const
{
  static const std::vector<std::pair<std::int64_t, std::string>> k_none;
  const auto found = m_paper_authors.find(paper_id);
  return found == m_paper_authors.end() ? k_none : found->second;
}

}  // namespace scout::linker
