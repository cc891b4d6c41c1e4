#include "app/commands/command.hpp"
#include "app/commands/explain_scores.hpp"
#include "app/identity/account_ref.hpp"
#include "common/error.hpp"
#include "shortlist/safe_text.hpp"
#include "store/database.hpp"
#include "store/person_report.hpp"
#include "store/ranking_runs.hpp"

#include <CLI/CLI.hpp>

#include <cctype>
#include <cstdint>
#include <ostream>

namespace scout::app {

namespace {

// Where a recruiter opens the account: the same percent-encoded links as the exports.
std::string profile_url(const store::ReportAccount& account)
{
  if (account.source == "github") {
    return shortlist::github_profile_url(account.handle);
  }
  if (account.source == "huggingface") {
    return shortlist::huggingface_profile_url(account.handle);
  }
  return shortlist::arxiv_author_url(account.display_name.empty() ? account.handle : account.display_name);
}

void print_accounts(std::ostream& out, const store::PersonReport& report)
{
  out << "accounts:\n";
  for (const store::ReportAccount& account : report.accounts) {
    out << "  " << account.source << ":" << account.handle;
    if (!account.display_name.empty()) {
      out << "  \"" << account.display_name << "\"";
    }
    out << "  " << profile_url(account) << "\n";
  }
}

void print_link(std::ostream& out, const store::ReportLink& link)
{
  out << "  " << link.a << " = " << link.b << "  " << link.rule << " (" << link.strength
      << (link.name_match ? ", names match" : "") << ")";
  out << (link.accepted ? "" : "  refused: " + link.reason) << "\n";
  for (const store::ReportEvidence& evidence : link.evidence) {
    out << "      evidence #" << evidence.id << " " << evidence.kind << ": " << evidence.from << " -> "
        << evidence.target;
    out << (evidence.source_url.empty() ? "" : "  at " + evidence.source_url) << "\n";
  }
}

void print_report(std::ostream& out, const store::PersonReport& report)
{
  out << "person " << report.id << ": " << report.display_name << " (" << report.accounts.size() << " account"
      << (report.accounts.size() == 1 ? "" : "s") << ")\n";
  print_accounts(out, report);
  out << "links:\n";
  for (const store::ReportLink& link : report.links) {
    print_link(out, link);
  }
  if (report.links.empty()) {
    out << "  (none: every account of this person stands alone)\n";
  }
  out << "same name, not linked (a name alone is no evidence; `scout link --merge A B` if they are one person):\n";
  for (const store::NameCandidate& candidate : report.name_candidates) {
    out << "  " << candidate.account << "  \"" << candidate.display_name << "\"  person " << candidate.person_id
        << "\n";
  }
  if (report.name_candidates.empty()) {
    out << "  (none)\n";
  }
}

class ExplainCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("person", m_person, "Person id, or an account as github:LOGIN, hf:USER or arxiv:NAME")
      ->required();
    subcommand.add_option("--run", m_run, "Ranking run id (default: the latest)");
  }

  int run(CommandContext& context) override
  {
    auto db = store::Database::open_read_only(context.settings.database.path);
    const std::int64_t id = person_id(db);
    const std::optional<store::PersonReport> report = store::read_person_report(db, id);
    if (!report) {
      throw Error("no person " + std::to_string(id) + " in " + db.path() + " (ids change only when accounts do; "
                  "run `scout link`, or name an account instead)");
    }
    print_report(context.out, *report);
    print_ranking(context.out, store::read_person_ranking(db, id, m_run));
    return 0;
  }

private:
  std::int64_t person_id(store::Database& db) const
  {
    const bool numeric = !m_person.empty() && std::all_of(m_person.begin(), m_person.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (numeric) {
      return std::stoll(m_person);
    }
    const AccountRef account = parse_account_ref(m_person);
    const std::optional<std::int64_t> id = store::person_of_account(db, account.source, account.handle);
    if (!id) {
      throw Error(account.text() + " belongs to no person in " + db.path()
                  + " (not crawled, or crawled since the last `scout link`: run it)");
    }
    return *id;
  }

  std::string m_person;
  std::int64_t m_run = 0;
};

}  // namespace

std::unique_ptr<Command> make_explain_command() { return std::make_unique<ExplainCommand>(); }

}  // namespace scout::app
