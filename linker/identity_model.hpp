#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace scout::linker {

// The linker's plain inputs and outputs. store/ reads them from the database and writes the
// result back; the linker itself never sees SQL, files or the clock.

enum class Source { github, huggingface, arxiv };

// "github", "huggingface", "arxiv".
std::string source_name(Source source);

// One account. `handle` is as stored (lower-case GitHub login, Hugging Face name, normalised
// arXiv author name); `name` is the display name (GitHub profile name, Hugging Face full name,
// arXiv author name as printed), empty when unknown.
struct Account {
  std::int64_t id = 0;
  Source source = Source::github;
  std::string handle;
  std::string name;
  bool is_person = true;  // false for organisations and bots: they are never linked to anyone
};

// One row of link_evidence. `to` is the account pointed at, 0 when the evidence points at a
// thing: `to_ref` "arxiv:2305.18290", "github:owner/repo", "hf:model/org/name", "url:...", "twitter:x".
// `detail` is read only where a rule uses it (the author name of hf_paper_claim); where the
// evidence was seen stays in the database, so a million rows fit in memory.
struct Evidence {
  std::int64_t id = 0;
  std::int64_t from = 0;
  std::int64_t to = 0;
  std::string to_ref;
  std::string kind;
  std::string detail;
};

// One author of one arXiv paper, as printed.
struct Authorship {
  std::string paper_id;
  std::int64_t account = 0;
  std::string name;
};

// How many accounts contributed to a GitHub repository ("owner/name", lower case).
struct RepoContributors {
  std::string repo;
  int accounts = 0;
};

// How much one kind of evidence proves. strong: enough alone; medium: only with matching
// names; weak: never enough alone.
enum class Strength { weak, medium, strong };

// "weak", "medium", "strong".
std::string strength_name(Strength strength);

// The [identity] settings the linker needs. A rule absent from `strengths` is weak.
struct IdentityRules {
  std::map<std::string, Strength> strengths;
  int shared_target_min_accounts = 5;  // a target cited by this many accounts is shared, never identity
};

// A forced (merge) or forbidden (split) link between two accounts; wins over evidence.
struct Override {
  std::int64_t a = 0;
  std::int64_t b = 0;
  bool merge = true;
};

struct LinkInput {
  std::vector<Account> accounts;
  std::vector<Evidence> evidence;
  std::vector<Authorship> authorships;
  std::vector<RepoContributors> contributors;
  std::vector<Override> overrides;
};

// A link between two accounts (a < b) that a rule proposed, accepted or not. `rule` is the
// evidence kind (github_blog_url, hf_paper_claim, ...), a pair rule (shared_paper,
// github_site_and_x) or "override"; `reason` says why it was refused (empty when accepted).
// `evidence_ids` are ascending; the first is where the link is shown to have been seen.
struct LinkCandidate {
  std::int64_t a = 0;
  std::int64_t b = 0;
  std::string rule;
  Strength strength = Strength::weak;
  bool needs_name = false;  // the rule itself asks for matching names (a repository owner, a shared paper)
  bool name_match = false;
  bool accepted = false;
  std::string reason;
  std::vector<std::int64_t> evidence_ids;
};

// A person: the accounts of one connected component. `id` is derived from the accounts
// (see person_id_for), so the same accounts give the same id on every run.
struct Person {
  std::int64_t id = 0;
  std::string display_name;
  std::vector<std::int64_t> accounts;  // ascending
};

struct NameKey {
  std::int64_t account = 0;
  std::string key;  // normalise_name() of the account's name; empty when it has none
};

struct LinkResult {
  std::vector<Person> people;             // ascending id
  std::vector<LinkCandidate> candidates;  // accepted and refused, in decision order
  std::vector<NameKey> name_keys;         // one per account with a name
};

}  // namespace scout::linker
