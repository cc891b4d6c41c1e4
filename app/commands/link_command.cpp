#include "app/commands/command.hpp"
#include "app/identity/link_runner.hpp"
#include "app/identity/overrides_file.hpp"
#include "common/error.hpp"
#include "store/database.hpp"
#include "store/person_report.hpp"

#include <CLI/CLI.hpp>

namespace scout::app {

namespace {

class LinkCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--merge", m_merge, "Force A and B to be one person (written to the overrides file)")
      ->expected(2)
      ->type_name("A B");
    subcommand.add_option("--split", m_split, "Forbid A and B from being one person (written to the overrides file)")
      ->expected(2)
      ->type_name("A B");
    subcommand.add_flag("--show-people", m_show_people,
                        "Print every person with more than one account, with the accounts");
  }

  int run(CommandContext& context) override
  {
    // Both accounts are checked before anything is written, so a typo writes nothing.
    record_override(context, m_merge, true);
    record_override(context, m_split, false);
    const LinkSummary s = run_link(context.settings, context.log);
    context.log.info("link: " + std::to_string(s.accounts) + " accounts -> " + std::to_string(s.people) + " people ("
                     + std::to_string(s.multi_account_people) + " with more than one account); "
                     + std::to_string(s.accepted_links) + " links accepted, " + std::to_string(s.refused_links)
                     + " refused, " + std::to_string(s.overrides) + " overrides applied");
    if (m_show_people) {
      show_people(context);
    }
    return 0;
  }

private:
  static void show_people(CommandContext& context)
  {
    auto db = store::Database::open_read_only(context.settings.database.path);
    for (const store::PersonListing& person : store::list_people(db, 2)) {
      context.out << "person " << person.id << ": " << person.display_name << "\n";
      for (const std::string& account : person.accounts) {
        context.out << "  " << account << "\n";
      }
    }
  }

  static void record_override(CommandContext& context, const std::vector<std::string>& pair, bool merge)
  {
    if (pair.empty()) {
      return;
    }
    const OverrideEntry entry{merge, parse_account_ref(pair[0]), parse_account_ref(pair[1]), 0};
    if (entry.a.text() == entry.b.text()) {
      throw UsageError(std::string(merge ? "--merge" : "--split") + " needs two different accounts");
    }
    append_override(context.settings.identity.overrides, entry);
    context.log.info(context.settings.identity.overrides + ": " + (merge ? "merge " : "split ") + entry.a.text() + " "
                     + entry.b.text());
  }

  std::vector<std::string> m_merge;
  std::vector<std::string> m_split;
  bool m_show_people = false;
};

}  // namespace

std::unique_ptr<Command> make_link_command() { return std::make_unique<LinkCommand>(); }

}  // namespace scout::app
