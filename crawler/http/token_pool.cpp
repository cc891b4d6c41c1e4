#include "crawler/http/token_pool.hpp"

#include <limits>

namespace scout::crawler {

namespace {

// Orders candidates: ready before paused, then more budget, then sooner ready.
struct Standing {
  bool paused = false;
  int budget = 0;
  std::chrono::system_clock::time_point ready_at{};

  bool better_than(const Standing& other) const
  {
    if (paused != other.paused) {
      return !paused;
    }
    if (paused) {
      return ready_at < other.ready_at;
    }
    return budget > other.budget;
  }
};

}  // namespace

TokenPool::TokenPool(std::string_view name, const std::vector<std::string>& tokens)
{
  for (const std::string& token : tokens) {
    if (!token.empty()) {
      m_credentials.push_back({std::string(name) + "#" + std::to_string(m_credentials.size() + 1), token});
    }
  }
  if (m_credentials.empty()) {
    m_credentials.push_back({"anonymous", ""});
  }
}

void TokenPool::set_account(const std::string& label, const std::string& account_login)
{
  for (const Credential& credential : m_credentials) {
    if (credential.label == label) {
      m_accounts[label] = account_login;
    }
  }
}

std::string TokenPool::budget_key(const std::string& label) const
{
  const auto found = m_accounts.find(label);
  return found != m_accounts.end() ? "account:" + found->second : label;
}

const Credential& TokenPool::pick(const RateBuckets& buckets, std::string_view url,
                                  std::chrono::system_clock::time_point now) const
{
  const Credential* best = &m_credentials.front();
  Standing best_standing;
  for (const Credential& credential : m_credentials) {
    const std::string bucket_id = buckets.bucket_for(url, budget_key(credential.label));
    const Readiness readiness = buckets.ready(bucket_id, now);
    Standing standing;
    // Waiting for an in-flight slot (not_before == now) is not a pause.
    standing.paused = !readiness.ok && readiness.not_before > now;
    standing.budget = buckets.remaining(bucket_id, now).value_or(std::numeric_limits<int>::max());
    standing.ready_at = readiness.not_before;
    if (&credential == best || standing.better_than(best_standing)) {
      best = &credential;
      best_standing = standing;
    }
  }
  return *best;
}

}  // namespace scout::crawler
