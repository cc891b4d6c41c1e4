// Identity-linking benchmark: generates a synthetic crawled database of ACCOUNTS accounts
// (people with a GitHub, a Hugging Face and an arXiv account, names shared by many of them,
// about two evidence rows per account, a famous repository cited by every model card), then
// runs `scout link` on it and prints
//   link-bench: accounts=N evidence=M seconds=S peak_mb=P
// where S is the link alone (read, link, write) and P the process's peak resident memory.
// Usage: link_bench [ACCOUNTS=1000000] [DB=<temp file>]
#include "app/identity/link_runner.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/row_writer.hpp"
#include "store/transaction.hpp"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <sys/resource.h>

namespace {

namespace fs = std::filesystem;

// Prepared inserts for the generator, bound and run one row at a time.
struct Inserts {
  explicit Inserts(scout::store::Database& db)
    : account(db,
              "INSERT INTO accounts (id, source, handle, kind, display_name, first_seen_at, updated_at)"
              " VALUES (?, ?, ?, ?, ?, 't', 't')"),
      evidence(db,
               "INSERT INTO link_evidence (from_account_id, to_account_id, to_ref, kind, detail, source_url,"
               " created_at) VALUES (?, NULLIF(?, 0), ?, ?, ?, ?, 't')"),
      paper(db, "INSERT INTO arxiv_papers (id, title, fetched_at) VALUES (?, 'A paper', 't')"),
      author(db, "INSERT INTO arxiv_authorships (paper_id, position, account_id, author_name) VALUES (?, ?, ?, ?)")
  {
  }

  void add_account(std::int64_t id, const char* source, const std::string& handle, const std::string& name)
  {
    account.write_row({id, source, handle, std::string(source) == "arxiv" ? "author" : "user", name});
  }

  void add_evidence(std::int64_t from, std::int64_t to, const std::string& ref, const char* kind,
                    const std::string& detail, const std::string& url)
  {
    evidence.write_row({from, to, ref, kind, detail, url});
  }

  scout::store::RowWriter account;
  scout::store::RowWriter evidence;
  scout::store::RowWriter paper;
  scout::store::RowWriter author;
};

// One synthetic person: GitHub (3p+1), Hugging Face (3p+2) and arXiv (3p+3) accounts.
// Names repeat every 40,000 people, so same-name strangers abound.
void add_person(Inserts& in, std::int64_t p, std::mt19937& random)
{
  const std::string name = "Given" + std::to_string(p % 200) + " Family" + std::to_string(p % 40000 / 200);
  const std::int64_t github = 3 * p + 1, hub = 3 * p + 2, author = 3 * p + 3;
  const std::string login = "user" + std::to_string(p);
  const std::string paper = "2401." + std::to_string(10000 + p % 90000) + "v" + std::to_string(p / 90000);
  in.add_account(github, "github", login, name);
  in.add_account(hub, "huggingface", "hf-" + login, name);
  in.add_account(author, "arxiv", "author " + std::to_string(p), name);
  in.paper.write_row({paper});
  in.author.write_row({paper, 0, author, name});
  const std::string profile = "https://api.github.com/users/" + login;
  const std::string model = "hf-" + login + "/model";
  // Six rows per person, two per account; which ones vary so every rule is exercised.
  if (random() % 3 == 0) {
    in.add_evidence(github, hub, "", "github_blog_url", "https://huggingface.co/hf-" + login, profile);
  } else {
    in.add_evidence(github, 0, "url:" + login + ".dev", "github_blog_url", login + ".dev", profile);
  }
  in.add_evidence(github, 0, "twitter:" + login, "github_twitter", login, profile);
  in.add_evidence(github, 0, "arxiv:" + paper, "readme_link", "arxiv.org/abs/" + paper, profile + "/readme");
  in.add_evidence(hub, 0, "arxiv:" + paper, "hf_arxiv_tag", model, "https://huggingface.co/api/models/" + model);
  in.add_evidence(hub, 0, "arxiv:" + paper, "hf_paper_claim", random() % 2 == 0 ? name : "",
                  "https://huggingface.co/api/papers/" + paper);
  in.add_evidence(hub, 0, "github:huggingface/transformers", "hf_card_github", model,
                  "https://huggingface.co/" + model + "/raw/main/README.md");
}

std::int64_t generate(const std::string& path, std::int64_t accounts)
{
  std::int64_t evidence = 0;
  {
    auto db = scout::store::Database::open(path);
    db.migrate();
    // The settings of the plain connection this generator used before: no reference checks
    // (the rows are consistent by construction) and SQLite's default page cache. scout's
    // 64 MiB cache cost more in page faults than it saved here (generation 1.6x slower).
    scout::store::execute(db, "PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -2000");
    std::mt19937 random(42);
    scout::store::Transaction transaction(db, "generate the synthetic database");
    Inserts in(db);
    for (std::int64_t p = 0; 3 * p < accounts; ++p) {
      add_person(in, p, random);
    }
    transaction.commit();
    evidence = scout::store::query_int(db, "SELECT count(*) FROM link_evidence");
  }
  // Closed before returning: the link that follows takes the database's writer lock.
  return evidence;
}

double peak_mb()
{
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv)
{
  const std::int64_t accounts = argc > 1 ? std::stoll(argv[1]) : 1000000;
  const fs::path path =
    argc > 2 ? fs::path(argv[2])
             : fs::temp_directory_path() / ("scout-link-bench-" + std::to_string(std::random_device{}()) + ".db");
  const std::int64_t evidence = generate(path.string(), accounts);
  scout::Logger log(std::cerr, scout::LogLevel::warn);
  scout::config::Settings settings;
  settings.database.path = path.string();
  settings.identity.overrides = (path.parent_path() / "no-overrides.toml").string();
  const scout::app::LinkSummary summary = scout::app::run_link(settings, log);
  std::printf("link-bench: people=%lld multi_account=%lld links=%lld refused=%lld\n",
              static_cast<long long>(summary.people), static_cast<long long>(summary.multi_account_people),
              static_cast<long long>(summary.accepted_links), static_cast<long long>(summary.refused_links));
  std::printf("link-bench: accounts=%lld evidence=%lld seconds=%.1f peak_mb=%.0f\n",
              static_cast<long long>(summary.accounts), static_cast<long long>(evidence), summary.seconds, peak_mb());
  if (argc <= 2) {
    for (const char* suffix : {"", "-wal", "-shm", ".lock"}) {
      fs::remove(path.string() + suffix);
    }
  }
  return 0;
}
