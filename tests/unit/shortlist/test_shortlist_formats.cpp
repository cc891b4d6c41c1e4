#include "common/json_parse.hpp"
#include "common/sha256.hpp"
#include "hostile_strings.hpp"
#include "shortlist/writers.hpp"

#include <doctest/doctest.h>
#include <rapidjson/schema.h>

#include <fstream>
#include <regex>
#include <sstream>

using namespace scout::shortlist;

namespace {

ShortlistRow person(int rank, std::string name)
{
  ShortlistRow row;
  row.rank = rank;
  row.score = 10.0 / rank;
  row.person_id = 100 + rank;
  row.name = std::move(name);
  row.specialisation = "inference";
  row.specialisation_name = "Inference and serving";
  row.confidence = 0.75;
  row.compensation_band = "L5 total comp $450k–$750k";
  row.location = "London";
  row.github_logins = {"lukasz-w", "lw-alt"};
  row.huggingface_users = {"lukasz"};
  row.arxiv_names = {"Łukasz Wiśniewski"};
  row.reasons = {"412 commits to acme/serve", "2 cs.CL papers since 2025", "3 models, 48k downloads", "extra"};
  row.signals = {{"contributions.inference", 412, 1.5, 3.2, "412 commits to acme/serve"},
                 {"papers", 2, 1.0, 1.1, "2 cs.CL papers since 2025"}};
  row.evidence = {{"acme/serve", "https://github.com/acme/serve"}, {"evil", "javascript:alert(1)"}};
  return row;
}

std::vector<ShortlistRow> sample_rows()
{
  std::vector<ShortlistRow> rows = {person(1, "Łukasz Wiśniewski"), person(2, "李明")};
  int rank = 3;
  for (const std::string& hostile : scout::testing::hostile_strings()) {
    ShortlistRow row = person(rank++, hostile);
    row.location = hostile;
    row.reasons = {hostile};
    row.signals[0].explanation = hostile;
    row.evidence = {{hostile, hostile}};
    rows.push_back(row);
  }
  return rows;
}

// RFC 4180 reader: fields, quotes with doubled quotes, CRLF records.
std::vector<std::vector<std::string>> parse_csv(const std::string& text)
{
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        records.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        records.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      records.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      records.emplace_back(1);
      ++i;
    } else {
      records.back().back() += c;
    }
  }
  records.pop_back();  // after the last CRLF
  return records;
}

}  // namespace

TEST_SUITE("shortlist::formats")
{
  TEST_CASE("CSV starts with a BOM and reads back cell for cell, one record per person")
  {
    std::ostringstream out;
    write_csv(sample_rows(), out);
    const std::string text = out.str();
    REQUIRE(text.starts_with("\xEF\xBB\xBF"));
    const auto records = parse_csv(text.substr(3));
    REQUIRE(records.size() == 1 + sample_rows().size());
    CHECK(records[0] == shortlist_columns());
    for (const auto& record : records) {
      CHECK(record.size() == shortlist_columns().size());
    }
    CHECK(records[1][2] == "Łukasz Wiśniewski");
    CHECK(records[2][2] == "李明");
    CHECK(records[1][7] == "https://github.com/lukasz-w https://github.com/lw-alt");
    CHECK(records[1][8] == "https://huggingface.co/lukasz");
    CHECK(records[1][9] == "Łukasz Wiśniewski");
    CHECK(records[1][10] == "412 commits to acme/serve");
    CHECK(records[1][12] == "3 models, 48k downloads");
  }

  TEST_CASE("JSON Lines: one object per person with the full breakdown")
  {
    std::ostringstream out;
    write_jsonl(sample_rows(), out);
    std::istringstream lines(out.str());
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
      rapidjson::Document document;
      REQUIRE(scout::parse_json(document, line).empty());
      CHECK(document["rank"].GetInt() == count + 1);
      CHECK(document["signals"].Size() == 2);
      CHECK(document["reasons"].IsArray());
      for (const auto& evidence : document["evidence"].GetArray()) {
        const std::string url = evidence["url"].GetString();
        CHECK((url.empty() || url.starts_with("http")));
      }
      ++count;
    }
    CHECK(count == static_cast<int>(sample_rows().size()));
  }

  TEST_CASE("every JSON line is valid against schemas/export.schema.json")
  {
    std::ifstream file(std::string(SCOUT_SCHEMAS_DIR) + "/export.schema.json");
    const std::string schema_text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    rapidjson::Document schema_document;
    REQUIRE(scout::parse_json(schema_document, schema_text).empty());
    const rapidjson::SchemaDocument schema(schema_document);
    std::ostringstream out;
    write_jsonl(sample_rows(), out);
    std::istringstream lines(out.str());
    std::string line;
    while (std::getline(lines, line)) {
      rapidjson::Document document;
      REQUIRE(scout::parse_json(document, line).empty());
      rapidjson::SchemaValidator validator(schema);
      CHECK_MESSAGE(document.Accept(validator), line);
    }
  }

  TEST_CASE("the Markdown is one valid table: every row has the header's number of cells")
  {
    std::ostringstream out;
    write_markdown({7, "2026-11-30T09:00:00Z", "", "top 50"}, sample_rows(), out);
    std::istringstream lines(out.str());
    std::string line;
    const std::regex unescaped_pipe(R"((^|[^\\])\|)");
    std::size_t header_cells = 0;
    std::size_t table_lines = 0;
    while (std::getline(lines, line)) {
      if (!line.starts_with("|")) {
        continue;
      }
      const auto cells = static_cast<std::size_t>(
        std::distance(std::sregex_iterator(line.begin(), line.end(), unescaped_pipe), std::sregex_iterator()));
      header_cells = header_cells == 0 ? cells : header_cells;
      INFO(line);
      CHECK(cells == header_cells);
      ++table_lines;
    }
    CHECK(table_lines == 2 + sample_rows().size());
  }

  TEST_CASE("the HTML page is self-contained, escapes every profile field and allows only its own script")
  {
    std::ostringstream out;
    write_html({7, "2026-11-30T09:00:00Z", "", ""}, sample_rows(), out);
    const std::string html = out.str();
    for (const char* external : {"<img", "<link", "<iframe", "<object", "<embed", "@import", "url(", "<script src"}) {
      CHECK_MESSAGE(html.find(external) == std::string::npos, external);  // nothing loaded from elsewhere
    }
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<svg onload") == std::string::npos);
    CHECK(html.find("href=\"javascript") == std::string::npos);
    CHECK(html.find("href=\"JaVaScRiPt") == std::string::npos);
    CHECK(html.find("href=\"data:") == std::string::npos);
    CHECK(html.find("<script>") == html.rfind("<script>"));  // exactly one script element
    CHECK(html.find("Łukasz Wiśniewski") != std::string::npos);
    CHECK(html.find("https://github.com/lukasz-w") != std::string::npos);
    CHECK(html.find("<svg role=\"img\"") != std::string::npos);
    // The policy names the hash of the one inline script.
    const std::size_t open = html.find("<script>") + 8;
    const std::string script = html.substr(open, html.find("</script>", open) - open);
    CHECK(html.find("script-src 'sha256-") != std::string::npos);
    CHECK(scout::sha256_hex(script).size() == 64);
  }

  TEST_CASE("format names")
  {
    CHECK(format_from_name("csv") == Format::csv);
    CHECK(format_from_name("json") == Format::jsonl);
    CHECK(format_from_name("md") == Format::markdown);
    CHECK(format_from_name("html") == Format::html);
    CHECK_FALSE(format_from_name("pdf"));
  }
}
