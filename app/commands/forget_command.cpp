#include "app/commands/command.hpp"
#include "app/identity/account_ref.hpp"
#include "common/clock.hpp"
#include "common/error.hpp"
#include "store/database.hpp"
#include "store/erasure.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>

namespace scout::app {

namespace {

class ForgetCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("who", m_who, "A person id, or an account as github:LOGIN, hf:USER or arxiv:NAME")
      ->required();
  }

  int run(CommandContext& context) override
  {
    auto db = store::Database::open(context.settings.database.path);
    db.migrate();
    const std::vector<store::ErasureTarget> targets = targets_of(db);
    const store::ErasureReport report =
      store::erase_accounts(db, targets, to_unix_millis(std::chrono::system_clock::now()));
    std::string removed;
    for (const auto& [table, rows] : report.rows_by_table) {
      removed += (removed.empty() ? "" : ", ") + table + " " + std::to_string(rows);
    }
    context.log.info("forget: " + std::to_string(report.suppressed) + " account(s) erased and suppressed from every later crawl; "
                     "rows removed: " + (removed.empty() ? "none" : removed) + "; archived responses removed: "
                     + std::to_string(report.raw_responses));
    return 0;
  }

private:
  // A person's accounts, or the person holding the named account (an account never
  // crawled is still suppressed, so a later crawl skips it).
  std::vector<store::ErasureTarget> targets_of(store::Database& db) const
  {
    const bool numeric =
      std::all_of(m_who.begin(), m_who.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (numeric) {
      std::vector<store::ErasureTarget> targets = store::accounts_of_person(db, std::stoll(m_who));
      if (targets.empty()) {
        throw Error("no person " + m_who + " in " + db.path()
                    + "; name an account (github:LOGIN, hf:USER, arxiv:NAME) instead");
      }
      return targets;
    }
    const AccountRef account = parse_account_ref(m_who);
    return store::person_accounts_of(db, {account.source, account.handle});
  }

  std::string m_who;
};

}  // namespace

std::unique_ptr<Command> make_forget_command() { return std::make_unique<ForgetCommand>(); }

}  // namespace scout::app
