#pragma once

#include "crawler/http/rate_buckets.hpp"

#include <chrono>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace scout::crawler {

// One credential. `token` is secret: never log, print or put it in a bucket id or reason;
// refer to the credential by `label` ("GITHUB_TOKEN#1", or "anonymous" with an empty token).
struct Credential {
  std::string label;
  std::string token;
};

// The credentials of one source, and the choice between them. Not thread-safe.
class TokenPool {
public:
  // Labels are "<name>#1", "<name>#2"... in the order given. Empty tokens are skipped; with
  // none left the pool holds the single credential "anonymous".
  TokenPool(std::string_view name, const std::vector<std::string>& tokens);

  // Declares that `label`'s token belongs to `account_login`: tokens of one account share one
  // budget, so they share bucket ids ("account:<login>"). Unknown labels are ignored.
  void set_account(const std::string& label, const std::string& account_login);

  // The credential part of bucket ids for `label`: "account:<login>" when declared, else the label.
  std::string budget_key(const std::string& label) const;

  // The credential to use for `url`: the one whose bucket has the most budget left (unknown
  // counts as more than any known amount, so untried tokens get tried). Paused buckets come
  // last, the one ready soonest first. Ties go to the earlier credential.
  const Credential& pick(const RateBuckets& buckets, std::string_view url,
                         std::chrono::system_clock::time_point now) const;

  const std::vector<Credential>& credentials() const { return m_credentials; }

private:
  std::vector<Credential> m_credentials;
  std::map<std::string, std::string> m_accounts;  // label -> account login
};

}  // namespace scout::crawler
