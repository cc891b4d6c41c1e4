#pragma once

#include "common/log.hpp"
#include "crawler/crawl_engine.hpp"
#include "crawler/http/http_client.hpp"
#include "crawler/task_parser.hpp"
#include "model/task.hpp"

#include <optional>
#include <string>
#include <vector>

namespace scout::crawler {

// One public source scout crawls, with everything scout knows about it behind this one
// interface: the engine, the store and app/ know a source only through it. A source is one
// folder under crawler/ (crawler/github/ ...) whose <name>_source.cpp implements it, plus one
// line in app/crawl/source_table.cpp. Immutable once built, so its const members may be
// called from any thread (the parser runs on oneTBB workers).
class Source {
public:
  virtual ~Source() = default;

  virtual model::Source id() const = 0;

  // What the engine needs to fetch from it: base URL, host policy (its rate-limit bucket
  // rules), request headers, budget and parser. Tokens are left empty: the caller reads them
  // from the environment.
  virtual SourceEndpoint endpoint() const = 0;

  // The discovery tasks its configured seeds ask for, each with its subject.
  virtual std::vector<model::NewTask> plan() const = 0;

  // Tasks fetching these arXiv ids, for a source that serves papers; empty for the others.
  virtual std::vector<model::NewTask> plan_papers(const std::vector<std::string>& arxiv_ids) const = 0;

  // Tasks fetching this source's own page of each stored arXiv paper (the Hub's paper page),
  // planned once the papers are stored; empty (the default) for a source without such pages.
  virtual std::vector<model::NewTask> plan_paper_pages(const std::vector<std::string>& arxiv_ids) const;

  // Tasks crawling one of its accounts as a candidate is crawled (its profile, and what the
  // profile's parse follows), for an account that link evidence pointed at; empty (the
  // default) for a source without accounts to crawl.
  virtual std::vector<model::NewTask> plan_account(const std::string& handle) const;

  // Reads a page of one of its task kinds into records and follow-up tasks.
  virtual const TaskParser& parser() const = 0;

  // The handle of the account a task concerns (for suppression), read from its subject;
  // nullopt when the task concerns none.
  virtual std::optional<std::string> account_of(const model::NewTask& task) const = 0;

  // True for a detail task of its subject (a README, a model's detail or card): one that is
  // not crawled again while its subject is stored unchanged.
  virtual bool is_detail(const model::NewTask& task) const = 0;

  // The account each of the endpoint's tokens belongs to (same order; "" = unknown), for a
  // service whose tokens of one account share that account's budget: it may ask the service
  // through `http` before the run. All "" by default: each token is tracked alone.
  virtual std::vector<std::string> token_accounts(HttpClient& http, const SourceEndpoint& endpoint, Logger& log) const;
};

// The account a subject names: an account itself, or the owner of a repository or model
// ("owner" of "owner/name"; all of a legacy model id such as "gpt2"). nullopt for searches,
// papers and unknown subjects. What GitHub and Hugging Face have in common.
std::optional<std::string> owning_account(const model::TaskSubject& subject);

// `url` without trailing slashes: the form every source builds its URLs on.
std::string without_trailing_slash(std::string url);

}  // namespace scout::crawler
