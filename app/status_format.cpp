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

void write_runs(std::ostringstream& text, const store::StatusReport& report)
{
  text << "\nlast crawl runs:" << (report.last_runs.empty() ? " none\n" : "\n");
  for (const store::CrawlRunSummary& run : report.last_runs) {
    text << "  #" << run.id << ' ' << run.started_at << " -> " << (run.finished_at.empty() ? "(running)" : run.finished_at)
         << ' ' << run.status << ": " << run.requests << " requests, " << run.not_modified << " not modified, "
         << run.retries << " retries, " << run.bytes << " bytes, " << run.tasks_done << " tasks done, "
         << run.tasks_failed << " failed, waits " << run.wait_json;
    if (!run.message.empty()) {
      text << " (" << run.message << ')';
    }
    text << '\n';
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

}  // namespace

std::string status_to_text(const std::string& db_path, const store::StatusReport& report)
{
  std::ostringstream text;
  text << "database: " << db_path << " (schema version " << report.schema_version << ")\n";
  write_tables(text, report);
  write_people(text, report);
  write_frontier(text, report);
  write_runs(text, report);
  write_failed(text, report);
  return text.str();
}

std::string status_to_json(const std::string& db_path, const store::StatusReport& report)
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
    json.EndObject();
  }
  json.EndArray();
  json.Key("failed_tasks");
  json.Int64(static_cast<std::int64_t>(report.failed_tasks.size()));
  json.EndObject();
  return std::string(buffer.GetString()) + "\n";
}

}  // namespace scout::app
