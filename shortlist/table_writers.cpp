// The tabular formats: CSV, JSON Lines and Markdown, all from the same cells.
#include "common/strings.hpp"
#include "shortlist/safe_text.hpp"
#include "shortlist/writers.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>

namespace scout::shortlist {

namespace {

template<class MakeUrl>
std::string joined_urls(const std::vector<std::string>& handles, MakeUrl make_url)
{
  std::string out;
  for (const std::string& handle : handles) {
    out += (out.empty() ? "" : " ") + make_url(handle);
  }
  return out;
}

std::string reason(const ShortlistRow& row, std::size_t i) { return i < row.reasons.size() ? row.reasons[i] : ""; }

// The cells of one row in shortlist_columns() order, unescaped.
std::vector<std::string> cells_of(const ShortlistRow& row)
{
  return {std::to_string(row.rank),
          format_fixed(row.score, 3),
          row.name,
          row.specialisation,
          format_fixed(row.confidence, 2),
          row.compensation_band,
          row.location,
          joined_urls(row.github_logins, github_profile_url),
          joined_urls(row.huggingface_users, huggingface_profile_url),
          join(row.arxiv_names, "; "),
          reason(row, 0),
          reason(row, 1),
          reason(row, 2)};
}

void write_string_array(rapidjson::Writer<rapidjson::StringBuffer>& json, const char* key,
                        const std::vector<std::string>& values)
{
  json.Key(key);
  json.StartArray();
  for (const std::string& value : values) {
    json.String(clean_text(value));
  }
  json.EndArray();
}

void write_signals(rapidjson::Writer<rapidjson::StringBuffer>& json, const ShortlistRow& row)
{
  json.Key("signals");
  json.StartArray();
  for (const SignalLine& line : row.signals) {
    json.StartObject();
    json.Key("signal"), json.String(line.signal);
    json.Key("value"), json.Double(line.value);
    json.Key("weight"), json.Double(line.weight);
    json.Key("contribution"), json.Double(line.contribution);
    json.Key("explanation"), json.String(clean_text(line.explanation));
    json.EndObject();
  }
  json.EndArray();
  json.Key("evidence");
  json.StartArray();
  for (const EvidenceLink& link : row.evidence) {
    json.StartObject();
    json.Key("text"), json.String(clean_text(link.text));
    json.Key("url"), json.String(safe_link(link.url));
    json.EndObject();
  }
  json.EndArray();
}

}  // namespace

const std::vector<std::string>& shortlist_columns()
{
  static const std::vector<std::string> columns = {"rank",
                                                   "score",
                                                   "name",
                                                   "specialisation",
                                                   "specialisation_confidence",
                                                   "compensation_band",
                                                   "location",
                                                   "github_profiles",
                                                   "huggingface_profiles",
                                                   "arxiv_author_names",
                                                   "reason_1",
                                                   "reason_2",
                                                   "reason_3"};
  return columns;
}

void write_csv(const std::vector<ShortlistRow>& rows, std::ostream& out)
{
  out << "\xEF\xBB\xBF" << join(shortlist_columns(), ",") << "\r\n";
  for (const ShortlistRow& row : rows) {
    std::vector<std::string> fields;
    for (const std::string& cell : cells_of(row)) {
      fields.push_back(csv_field(cell));
    }
    out << join(fields, ",") << "\r\n";
  }
}

void write_jsonl(const std::vector<ShortlistRow>& rows, std::ostream& out)
{
  for (const ShortlistRow& row : rows) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
    json.StartObject();
    json.Key("rank"), json.Int(row.rank);
    json.Key("score"), json.Double(row.score);
    json.Key("person_id"), json.Int64(row.person_id);
    json.Key("name"), json.String(clean_text(row.name));
    json.Key("specialisation"), json.String(row.specialisation);
    json.Key("specialisation_name"), json.String(row.specialisation_name);
    json.Key("specialisation_confidence"), json.Double(row.confidence);
    json.Key("compensation_band"), json.String(clean_text(row.compensation_band));
    json.Key("location"), json.String(clean_text(row.location));
    std::vector<std::string> github;
    std::vector<std::string> huggingface;
    for (const std::string& login : row.github_logins)
      github.push_back(github_profile_url(login));
    for (const std::string& user : row.huggingface_users)
      huggingface.push_back(huggingface_profile_url(user));
    write_string_array(json, "github_profiles", github);
    write_string_array(json, "huggingface_profiles", huggingface);
    write_string_array(json, "arxiv_author_names", row.arxiv_names);
    write_string_array(json, "reasons", row.reasons);
    write_signals(json, row);
    json.EndObject();
    out << buffer.GetString() << '\n';
  }
}

void write_markdown(const ShortlistMeta& meta, const std::vector<ShortlistRow>& rows, std::ostream& out)
{
  out << "# Shortlist\n\nRanking run " << meta.ranking_run << " of " << markdown_cell(meta.ranked_at)
      << (meta.filters.empty() ? "" : "; " + markdown_cell(meta.filters)) << ".\n\n";
  out << "| rank | score | name | specialisation | band | location | profiles | why |\n";
  out << "|---:|---:|---|---|---|---|---|---|\n";
  for (const ShortlistRow& row : rows) {
    std::string profiles;
    for (const std::string& login : row.github_logins) {
      profiles += "[GitHub " + markdown_cell(login) + "](" + github_profile_url(login) + ") ";
    }
    for (const std::string& user : row.huggingface_users) {
      profiles += "[HF " + markdown_cell(user) + "](" + huggingface_profile_url(user) + ") ";
    }
    for (const std::string& name : row.arxiv_names) {
      profiles += "arXiv: " + markdown_cell(name) + " ";
    }
    std::vector<std::string> reasons;
    for (std::size_t i = 0; i < row.reasons.size() && i < 3; ++i) {
      reasons.push_back(markdown_cell(row.reasons[i]));
    }
    out << "| " << row.rank << " | " << format_fixed(row.score, 3) << " | " << markdown_cell(row.name) << " | "
        << markdown_cell(row.specialisation_name) << " (" << format_fixed(row.confidence, 2) << ") | "
        << markdown_cell(row.compensation_band) << " | " << markdown_cell(row.location) << " | "
        << std::string(trim(profiles)) << " | " << join(reasons, "; ") << " |\n";
  }
}

void write_shortlist(Format format, const ShortlistMeta& meta, const std::vector<ShortlistRow>& rows, std::ostream& out)
{
  switch (format) {
  case Format::csv: return write_csv(rows, out);
  case Format::jsonl: return write_jsonl(rows, out);
  case Format::markdown: return write_markdown(meta, rows, out);
  case Format::html: return write_html(meta, rows, out);
  }
}

std::optional<Format> format_from_name(std::string_view name)
{
  if (name == "csv")
    return Format::csv;
  if (name == "jsonl" || name == "json")
    return Format::jsonl;
  if (name == "md" || name == "markdown")
    return Format::markdown;
  if (name == "html")
    return Format::html;
  return std::nullopt;
}

}  // namespace scout::shortlist
