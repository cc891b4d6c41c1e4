#include "app/status_format.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iomanip>
#include <sstream>

namespace scout::app {

namespace {

void write_tables(std::ostringstream& text, const store::StatusReport& report)
{
  text << "\ntables:\n";
  for (const store::TableCount& table : report.tables) {
    text << "  " << std::left << std::setw(22) << table.table << std::right << std::setw(10) << table.rows << '\n';
  }
}

void write_people(std::ostringstream& text, const store::StatusReport& report)
{
  const store::PeopleSummary& people = report.people;
  text << "\npeople: " << people.people << " (" << people.multi_account_people << " with more than one account)\n";
  text << "links accepted:" << (people.links_by_rule.empty() ? " none (run `scout link`)" : "");
  for (const auto& [rule, count] : people.links_by_rule) {
    text << ' ' << rule << '=' << count;
  }
  text << '\n';
}

void write_frontier(std::ostringstream& text, const store::StatusReport& report)
{
  text << "\nfrontier:";
  if (report.task_states.empty()) {
    text << " empty";
  }
  for (const store::TableCount& state : report.task_states) {
    text << ' ' << state.table << '=' << state.rows;
  }
  text << '\n';
}

std::string duration(std::int64_t seconds)
{
  if (seconds < 0) {
    return "running";
  }
  std::ostringstream text;
  if (seconds >= 3600) {
    text << seconds / 3600 << "h ";
  }
  if (seconds >= 60) {
    text << (seconds % 3600) / 60 << "m ";
  }
  text << seconds % 60 << 's';
  return text.str();
}

void write_runs(std::ostringstream& text, const store::StatusReport& report)
{
  text << "\nlast crawl runs:" << (report.last_runs.empty() ? " none\n" : "\n");
  for (const store::CrawlRunSummary& run : report.last_runs) {
    text << "  #" << run.id << ' ' << run.started_at << " -> "
         << (run.finished_at.empty() ? "(running)" : run.finished_at) << " (" << duration(run.duration_s)
         << (run.command.empty() ? "" : ", " + run.command) << ") " << run.status << ": " << run.requests
         << " requests, " << run.not_modified << " not modified, " << run.status_5xx << " 5xx, " << run.transport_errors
         << " transport errors, " << run.retries << " retries, " << run.bytes << " bytes, " << run.tasks_done
         << " tasks done, " << run.tasks_failed << " failed, waits " << run.wait_json;
    if (!run.message.empty()) {
      text << " (" << run.message << ')';
    }
    text << '\n';
  }
}

void write_nightly(std::ostringstream& text, const store::StatusReport& report)
{
  text << "\nlast nightly runs:" << (report.nightly_runs.empty() ? " none\n" : "\n");
  for (const store::NightlyRunSummary& run : report.nightly_runs) {
    text << "  #" << run.id << ' ' << run.started_at << " -> " << run.finished_at << " (" << duration(run.duration_s)
         << ") exit " << run.exit_code << ", crawl run #" << run.crawl_run_id << ", ranking run #" << run.ranking_run_id
         << ", exports in " << run.export_dir << '\n';
    if (!run.summary.empty()) {
      text << "    " << run.summary << '\n';
    }
  }
}

void write_budgets(std::ostringstream& text, const StatusExtras& extras)
{
  text << "\nrate-limit budget left (as each server last said):" << (extras.budgets.empty() ? " none seen\n" : "\n");
  for (const RateBudgetLine& line : extras.budgets) {
    text << "  " << line.source << ' ' << line.host << ' ' << (line.resource.empty() ? "-" : line.resource)
         << (line.credential.empty() ? "" : " (" + line.credential + ")") << ": " << line.remaining;
    if (line.limit) {
      text << " of " << *line.limit;
    }
    text << " left, refills " << line.resets_at << " (seen " << line.seen_at << ")\n";
  }
}

void write_size(std::ostringstream& text, const store::StatusReport& report, const StatusExtras& extras)
{
  const store::DatabaseSize& size = report.size;
  text << "size: " << size.file_bytes << " bytes + " << size.wal_bytes << " in -wal (" << size.free_bytes << " free)\n";
  if (size.features_bytes + size.explained_bytes > 0) {
    text << "ranking caches: " << size.features_bytes << " bytes of features + " << size.explained_bytes
         << " of explained rows beside it (derived: the next `scout rank` rebuilds them)\n";
  }
  if (extras.integrity.empty()) {
    text << "integrity: not checked (`scout status --check` runs PRAGMA quick_check)\n";
  } else if (extras.integrity.size() == 1 && extras.integrity.front() == "ok") {
    text << "integrity: ok (PRAGMA quick_check)\n";
  } else {
    text << "integrity: " << extras.integrity.size() << " problem(s) found by PRAGMA quick_check\n";
  }
}

void write_failed(std::ostringstream& text, const store::StatusReport& report)
{
  if (report.failed_tasks.empty()) {
    return;
  }
  text << "\nfailed tasks (retry with `scout crawl --retry-failed`):\n";
  for (const store::FailedTask& task : report.failed_tasks) {
    text << "  #" << task.id << ' ' << task.kind << ' ' << task.url << " after " << task.attempts
         << " attempts: " << task.last_error << '\n';
  }
}

// Seed repositories whose contributors GitHub would not list in full (migration 10).
void write_contributor_lists(std::ostringstream& text, const store::StatusReport& report)
{
  if (report.contributor_lists.empty()) {
    return;
  }
  text << "\nGitHub contributors lists incomplete (stats/contributors asked instead):\n";
  for (const store::ContributorListLimit& list : report.contributor_lists) {
    text << "  " << list.repo << ": "
         << (list.too_large ? "too large to list (403)" : "cut at GitHub's first 500 contributors") << ", "
         << list.stats_people << " people from stats/contributors\n";
  }
}

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_json_contributor_lists(JsonWriter& json, const store::StatusReport& report)
{
  json.Key("contributor_lists");
  json.StartArray();
  for (const store::ContributorListLimit& list : report.contributor_lists) {
    json.StartObject();
    json.Key("repo");
    json.String(list.repo);
    json.Key("truncated");
    json.Bool(list.truncated);
    json.Key("too_large");
    json.Bool(list.too_large);
    json.Key("stats_people");
    json.Int64(list.stats_people);
    json.EndObject();
  }
  json.EndArray();
}

void write_json_run_details(JsonWriter& json, const store::CrawlRunSummary& run)
{
  json.Key("command");
  json.String(run.command);
  json.Key("duration_s");
  json.Int64(run.duration_s);
  for (const auto& [key, value] : {std::pair{"retries", run.retries},
                                   {"bytes", run.bytes},
                                   {"status_4xx", run.status_4xx},
                                   {"status_5xx", run.status_5xx},
                                   {"transport_errors", run.transport_errors}}) {
    json.Key(key);
    json.Int64(value);
  }
  json.Key("wait_seconds");
  json.RawValue(run.wait_json.c_str(), run.wait_json.size(), rapidjson::kObjectType);
  json.Key("message");
  json.String(run.message);
}

void write_json_failed(JsonWriter& json, const store::StatusReport& report)
{
  json.Key("failed");
  json.StartArray();
  for (const store::FailedTask& task : report.failed_tasks) {
    json.StartObject();
    json.Key("id");
    json.Int64(task.id);
    json.Key("kind");
    json.String(task.kind);
    json.Key("url");
    json.String(task.url);
    json.Key("attempts");
    json.Int(task.attempts);
    json.Key("error");
    json.String(task.last_error);
    json.EndObject();
  }
  json.EndArray();
}

void write_json_nightly(JsonWriter& json, const store::StatusReport& report)
{
  json.Key("nightly_runs");
  json.StartArray();
  for (const store::NightlyRunSummary& run : report.nightly_runs) {
    json.StartObject();
    json.Key("id");
    json.Int64(run.id);
    json.Key("started_at");
    json.String(run.started_at);
    json.Key("finished_at");
    json.String(run.finished_at);
    json.Key("duration_s");
    json.Int64(run.duration_s);
    json.Key("exit_code");
    json.Int(run.exit_code);
    json.Key("crawl_run_id");
    json.Int64(run.crawl_run_id);
    json.Key("ranking_run_id");
    json.Int64(run.ranking_run_id);
    json.Key("export_dir");
    json.String(run.export_dir);
    json.Key("summary");
    json.String(run.summary);
    json.EndObject();
  }
  json.EndArray();
}

void write_json_budgets(JsonWriter& json, const StatusExtras& extras)
{
  json.Key("rate_limits");
  json.StartArray();
  for (const RateBudgetLine& line : extras.budgets) {
    json.StartObject();
    for (const auto& [key, value] : {std::pair{"source", &line.source},
                                     {"host", &line.host},
                                     {"resource", &line.resource},
                                     {"credential", &line.credential},
                                     {"resets_at", &line.resets_at},
                                     {"seen_at", &line.seen_at}}) {
      json.Key(key);
      json.String(*value);
    }
    json.Key("remaining");
    json.Int(line.remaining);
    json.Key("limit");
    line.limit ? json.Int(*line.limit) : json.Null();
    json.EndObject();
  }
  json.EndArray();
}

void write_json_health(JsonWriter& json, const store::StatusReport& report, const StatusExtras& extras)
{
  json.Key("size");
  json.StartObject();
  json.Key("file_bytes");
  json.Int64(report.size.file_bytes);
  json.Key("wal_bytes");
  json.Int64(report.size.wal_bytes);
  json.Key("free_bytes");
  json.Int64(report.size.free_bytes);
  json.Key("features_bytes");
  json.Int64(report.size.features_bytes);
  json.Key("explained_bytes");
  json.Int64(report.size.explained_bytes);
  json.EndObject();
  json.Key("integrity");
  if (extras.integrity.empty()) {
    json.Null();  // not checked
    return;
  }
  json.StartArray();
  for (const std::string& finding : extras.integrity) {
    json.String(finding);
  }
  json.EndArray();
}

}  // namespace

std::string status_to_text(const std::string& db_path, const store::StatusReport& report, const StatusExtras& extras)
{
  std::ostringstream text;
  text << "database: " << db_path << " (schema version " << report.schema_version << ")\n";
  write_size(text, report, extras);
  write_tables(text, report);
  write_people(text, report);
  write_frontier(text, report);
  write_nightly(text, report);
  write_runs(text, report);
  write_budgets(text, extras);
  write_contributor_lists(text, report);
  write_failed(text, report);
  return text.str();
}

std::string status_to_json(const std::string& db_path, const store::StatusReport& report, const StatusExtras& extras)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartObject();
  json.Key("database");
  json.String(db_path);
  json.Key("schema_version");
  json.Int(report.schema_version);
  json.Key("tables");
  json.StartObject();
  for (const store::TableCount& table : report.tables) {
    json.Key(table.table.c_str());
    json.Int64(table.rows);
  }
  json.EndObject();
  json.Key("people");
  json.StartObject();
  json.Key("people");
  json.Int64(report.people.people);
  json.Key("multi_account_people");
  json.Int64(report.people.multi_account_people);
  json.Key("links_by_rule");
  json.StartObject();
  for (const auto& [rule, count] : report.people.links_by_rule) {
    json.Key(rule.c_str());
    json.Int64(count);
  }
  json.EndObject();
  json.EndObject();
  json.Key("frontier");
  json.StartObject();
  for (const store::TableCount& state : report.task_states) {
    json.Key(state.table.c_str());
    json.Int64(state.rows);
  }
  json.EndObject();
  json.Key("last_runs");
  json.StartArray();
  for (const store::CrawlRunSummary& run : report.last_runs) {
    json.StartObject();
    json.Key("id");
    json.Int64(run.id);
    json.Key("started_at");
    json.String(run.started_at);
    json.Key("finished_at");
    json.String(run.finished_at);
    json.Key("status");
    json.String(run.status);
    json.Key("requests");
    json.Int64(run.requests);
    json.Key("not_modified");
    json.Int64(run.not_modified);
    json.Key("tasks_done");
    json.Int64(run.tasks_done);
    json.Key("tasks_failed");
    json.Int64(run.tasks_failed);
    write_json_run_details(json, run);
    json.EndObject();
  }
  json.EndArray();
  json.Key("failed_tasks");
  json.Int64(static_cast<std::int64_t>(report.failed_tasks.size()));
  write_json_failed(json, report);
  write_json_nightly(json, report);
  write_json_budgets(json, extras);
  write_json_contributor_lists(json, report);
  write_json_health(json, report, extras);
  json.EndObject();
  return std::string(buffer.GetString()) + "\n";
}

}  // namespace scout::app
