#include "app/commands/command.hpp"

namespace scout::app {

std::vector<CommandSpec> all_commands()
{
  std::vector<CommandSpec> commands;
  commands.push_back({"init", "Create the database or migrate it to this build's schema", make_init_command()});
  commands.push_back({"crawl", "Fetch public records from GitHub, Hugging Face and arXiv", make_crawl_command()});
  commands.push_back({"link", "Merge accounts into people, keeping the evidence", make_link_command()});
  commands.push_back({"rank", "Score people and record an explained ranking run", make_rank_command()});
  commands.push_back({"export", "Write a shortlist as CSV, JSON, Markdown or HTML", make_export_command()});
  commands.push_back(
    {"compare", "Show what a weight change does to the shortlist (Kendall's tau, movers)", make_compare_command()});
  commands.push_back(
    {"evaluate", "Score weights against a recruiter's labelled list (NDCG, precision)", make_evaluate_command()});
  commands.push_back(
    {"explain", "Show one person: accounts, links with their evidence, score", make_explain_command()});
  commands.push_back(
    {"forget", "Erase a person from every table and keep them out of later crawls", make_forget_command()});
  commands.push_back({"nightly", "init, crawl, link, rank and export in one scheduled run", make_nightly_command()});
  commands.push_back(
    {"backup", "Copy the database consistently while a crawl may be writing it", make_backup_command()});
  commands.push_back({"status", "Show the database, the frontier and the last crawl runs", make_status_command()});
  commands.push_back({"config", "Inspect the configuration (`scout config show`)", make_config_command()});
  return commands;
}

}  // namespace scout::app
