#include "linker/person_ids.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>

namespace scout::linker {

namespace {

std::string account_key(const Account& account) { return source_name(account.source) + ":" + account.handle; }

// The group's accounts ordered by source (GitHub, Hugging Face, arXiv), then handle.
std::vector<const Account*> ordered_accounts(const std::vector<std::size_t>& group, const AccountIndex& index)
{
  std::vector<const Account*> accounts;
  accounts.reserve(group.size());
  for (const std::size_t position : group) {
    accounts.push_back(&index.at(position));
  }
  std::sort(accounts.begin(), accounts.end(), [](const Account* a, const Account* b) {
    return std::tie(a->source, a->handle) < std::tie(b->source, b->handle);
  });
  return accounts;
}

std::string display_name(const std::vector<const Account*>& accounts)
{
  for (const Account* account : accounts) {
    if (!account->name.empty()) {
      return account->name;
    }
  }
  return accounts.front()->handle;
}

std::string anchor_of(const std::vector<const Account*>& accounts)
{
  std::string anchor = account_key(*accounts.front());
  for (const Account* account : accounts) {
    anchor = std::min(anchor, account_key(*account));
  }
  return anchor;
}

}  // namespace

std::int64_t person_id_for(std::string_view anchor)
{
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : anchor) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  const std::int64_t id = static_cast<std::int64_t>(hash & ((std::uint64_t{1} << 53) - 1));
  return id == 0 ? 1 : id;
}

std::vector<Person> make_people(const std::vector<std::vector<std::size_t>>& groups, const AccountIndex& index)
{
  std::vector<std::pair<std::string, Person>> anchored;
  anchored.reserve(groups.size());
  for (const std::vector<std::size_t>& group : groups) {
    const std::vector<const Account*> accounts = ordered_accounts(group, index);
    Person person;
    person.display_name = display_name(accounts);
    for (const Account* account : accounts) {
      person.accounts.push_back(account->id);
    }
    std::sort(person.accounts.begin(), person.accounts.end());
    anchored.emplace_back(anchor_of(accounts), std::move(person));
  }
  std::sort(anchored.begin(), anchored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::unordered_set<std::int64_t> taken;
  taken.reserve(anchored.size());
  std::vector<Person> people;
  people.reserve(anchored.size());
  for (auto& [anchor, person] : anchored) {
    std::int64_t id = person_id_for(anchor);
    while (!taken.insert(id).second) {
      id = id % ((std::int64_t{1} << 53) - 1) + 1;
    }
    person.id = id;
    people.push_back(std::move(person));
  }
  std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) { return a.id < b.id; });
  return people;
}

}  // namespace scout::linker
