#include "common/strings.hpp"
#include "crawler/arxiv/arxiv_parser.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using scout::starts_with;
using scout::crawler::ArxivParser;
using scout::crawler::ArxivParserOptions;
using scout::crawler::FetchedPage;
using scout::crawler::ParseOutput;
using scout::model::Source;
using scout::model::Task;

namespace {

const std::string k_query_url =
  "https://export.arxiv.org/api/query?search_query=cat%3Acs.CL%20AND%20abs%3Allm"
  "&start=0&max_results=2&sortBy=submittedDate&sortOrder=descending";
const std::string k_batch_url =
  "https://export.arxiv.org/api/query?id_list=2402.05678,cond-mat/0501002v2&start=0&max_results=2";

std::string fixture(const std::string& name)
{
  return scout::read_file(std::string(SCOUT_FIXTURES_DIR) + "/arxiv/" + name);
}

ParseOutput parse_body(const ArxivParser& parser, const std::string& kind, const std::string& url,
                       const std::string& body, long status = 200)
{
  const Task task{42, Source::arxiv, kind, url, 0, 0};
  return parser.parse(task, FetchedPage{url, status, nullptr, body});
}

ParseOutput parse_fixture(const std::string& name, const std::string& url = k_query_url,
                          const std::string& kind = "arxiv.query_page", ArxivParserOptions options = {})
{
  return parse_body(ArxivParser(options), kind, url, fixture(name));
}

void check_failed_without_output(const ParseOutput& output)
{
  CHECK(output.records.empty());
  CHECK(output.new_tasks.empty());
  CHECK(output.notes.empty());
}

}  // namespace

TEST_SUITE("crawler::ArxivParser")
{
  TEST_CASE("an entry with every field becomes a full paper record")
  {
    const ParseOutput output = parse_fixture("query_first_page.xml");
    REQUIRE(output.error.empty());
    REQUIRE(output.records.arxiv_papers.size() == 2);
    const auto& paper = output.records.arxiv_papers[0];
    CHECK(paper.id == "2401.01234");
    CHECK(paper.version == 3);
    CHECK(paper.published_at == "2024-01-03T17:59:59Z");
    CHECK(paper.updated_at == "2024-03-02T08:30:00Z");
    CHECK(paper.categories == std::vector<std::string>{"cs.CL", "cs.LG", "stat.ML"});
    CHECK(paper.primary_category == "cs.CL");
    CHECK(paper.comment
          == "12 pages, 4 figures; code at github.com/example-lab/pref-tune and "
             "https://github.com/other-org/baselines/tree/main/scripts.");
    CHECK(paper.journal_ref == "Proc. Fictional Conf. on LMs, 2024");
    CHECK(paper.doi == "10.1234/fict.2024.0001");
    const std::vector<std::pair<std::string, std::string>> links = {
      {"alternate", "https://arxiv.org/abs/2401.01234v3"},
      {"pdf", "https://arxiv.org/pdf/2401.01234v3"},
      {"doi", "https://doi.org/10.1234/fict.2024.0001"},
    };
    CHECK(paper.links == links);
  }

  TEST_CASE("authors keep their order, and several affiliations are joined")
  {
    const ParseOutput output = parse_fixture("query_first_page.xml");
    const auto& authors = output.records.arxiv_papers.at(0).authors;
    REQUIRE(authors.size() == 3);
    CHECK(authors[0].name == "Zoé Dupré");
    CHECK(authors[0].affiliation == "Université Fictive");
    CHECK(authors[1].name == "Łukasz Kowalski");
    CHECK(authors[1].affiliation == "Example Lab; Warsaw Institute of Examples");
    CHECK(authors[2].name == "李明");
    CHECK(authors[2].affiliation.empty());
  }

  TEST_CASE("titles and abstracts have whitespace collapsed, entities decoded and UTF-8 kept")
  {
    const ParseOutput output = parse_fixture("query_first_page.xml");
    const auto& paper = output.records.arxiv_papers.at(0);
    CHECK(paper.title == "Préférence Tuning for Łukasz-Scale Models & Friends");
    CHECK(paper.abstract
          == "We study preference tuning for large language models with a tiny reward model. Code: "
             "https://github.com/Example-Lab/pref-tune.git, and weights at https://huggingface.co/example-lab/pref-7b. "
             "The eval set is on huggingface.co/datasets/example-lab/pref-eval; a demo at "
             "https://huggingface.co/spaces/example-lab/demo. We compare against x < y baselines (évaluation in 中文).");
  }

  TEST_CASE("an old-style id without a version is version 1 and optional fields stay empty")
  {
    const ParseOutput output = parse_fixture("query_first_page.xml");
    const auto& paper = output.records.arxiv_papers.at(1);
    CHECK(paper.id == "hep-th/9901001");
    CHECK(paper.version == 1);
    CHECK(paper.comment.empty());
    CHECK(paper.journal_ref.empty());
    CHECK(paper.doi.empty());
    CHECK(paper.categories == std::vector<std::string>{"hep-th"});
    REQUIRE(paper.authors.size() == 1);
    CHECK(paper.authors[0].affiliation.empty());
  }

  TEST_CASE("GitHub and Hugging Face links in abstract and comment become evidence from the paper")
  {
    const ParseOutput output = parse_fixture("query_first_page.xml");
    std::vector<std::string> refs;
    for (const auto& evidence : output.records.evidence) {
      CHECK(evidence.from_source == "arxiv");
      CHECK(evidence.from_handle == "paper:2401.01234");
      CHECK(evidence.source_url == k_query_url);
      refs.push_back(evidence.kind + " " + evidence.to_ref + " " + evidence.detail);
    }
    // The comment's lower-case github.com/example-lab/pref-tune is the abstract's repo again.
    // Details are the links from the host on, as every source writes them.
    CHECK(refs
          == std::vector<std::string>{
            "paper_code_link github:Example-Lab/pref-tune github.com/Example-Lab/pref-tune",
            "paper_hf_link hf:model/example-lab/pref-7b huggingface.co/example-lab/pref-7b",
            "paper_hf_link hf:dataset/example-lab/pref-eval huggingface.co/datasets/example-lab/pref-eval",
            "paper_hf_link hf:space/example-lab/demo huggingface.co/spaces/example-lab/demo",
            "paper_code_link github:other-org/baselines github.com/other-org/baselines",
          });
  }

  TEST_CASE("a full query page asks for the next offset with every other parameter unchanged")
  {
    const ParseOutput output = parse_fixture("query_first_page.xml");
    REQUIRE(output.error.empty());
    REQUIRE(output.new_tasks.size() == 1);
    const auto& next = output.new_tasks[0];
    CHECK(next.url
          == "https://export.arxiv.org/api/query?search_query=cat%3Acs.CL%20AND%20abs%3Allm"
             "&start=2&max_results=2&sortBy=submittedDate&sortOrder=descending");
    CHECK(next.kind == "arxiv.query_page");
    CHECK(next.source == Source::arxiv);
    CHECK(next.parent_id == 42);
    CHECK(output.notes.empty());
  }

  TEST_CASE("the offset advances by the URL's max_results, not the configured page size")
  {
    const ParseOutput output =
      parse_fixture("query_first_page.xml", k_query_url, "arxiv.query_page", ArxivParserOptions{100, 1000});
    REQUIRE(output.new_tasks.size() == 1);
    CHECK(output.new_tasks[0].url.find("&start=2&max_results=2&") != std::string::npos);
  }

  TEST_CASE("the page that reaches totalResults is the last one")
  {
    const std::string url =
      "https://export.arxiv.org/api/query?search_query=ti%3A%22sparse%20autoencoder%22"
      "&start=4&max_results=2&sortBy=submittedDate&sortOrder=descending";
    const ParseOutput output = parse_fixture("query_last_page.xml", url);
    REQUIRE(output.error.empty());
    CHECK(output.records.arxiv_papers.size() == 1);
    CHECK(output.new_tasks.empty());
    CHECK(output.notes.empty());
  }

  // The retries and the end after them: test_arxiv_paging.cpp.
  TEST_CASE("an empty page before totalResults is a transient error on its first try")
  {
    const std::string url =
      "https://export.arxiv.org/api/query?search_query=all%3Aagents"
      "&start=100&max_results=50&sortBy=submittedDate&sortOrder=descending";
    const ParseOutput output = parse_fixture("query_empty_page.xml", url);
    CHECK(output.error
          == url
               + ": arXiv query 'all:agents' returned an empty page at start 100 of 180 results (try 1 of 4; retried "
                 "as transient)");
    check_failed_without_output(output);
  }

  TEST_CASE("reaching max_results stops paging with a note naming the query")
  {
    const std::string url =
      "https://export.arxiv.org/api/query?search_query=cat%3Acs.CL%20AND%20abs%3Allm"
      "&start=2&max_results=2&sortBy=submittedDate&sortOrder=descending";
    const ParseOutput output = parse_fixture("query_cap_page.xml", url, "arxiv.query_page", ArxivParserOptions{2, 4});
    REQUIRE(output.error.empty());
    CHECK(output.records.arxiv_papers.size() == 2);
    CHECK(output.new_tasks.empty());
    CHECK(output.notes
          == std::vector<std::string>{
            "arXiv query 'cat:cs.CL AND abs:llm' has 250 results; crawling the first 4 (sources.arxiv.max_results)"});

    SUBCASE("below the cap the next page is still requested")
    {
      const ParseOutput earlier =
        parse_fixture("query_cap_page.xml", url, "arxiv.query_page", ArxivParserOptions{2, 5});
      REQUIRE(earlier.new_tasks.size() == 1);
      CHECK(earlier.new_tasks[0].url.find("&start=4&") != std::string::npos);
      CHECK(earlier.notes.empty());
    }
  }

  TEST_CASE("a query with no results gives nothing and no error")
  {
    const ParseOutput output = parse_fixture("empty_result.xml");
    CHECK(output.error.empty());
    check_failed_without_output(output);
  }

  TEST_CASE("an id batch gives its papers and never pages")
  {
    const ParseOutput output = parse_fixture("id_batch.xml", k_batch_url, "arxiv.id_batch");
    REQUIRE(output.error.empty());
    REQUIRE(output.records.arxiv_papers.size() == 2);
    CHECK(output.records.arxiv_papers[0].id == "2402.05678");
    CHECK(output.records.arxiv_papers[0].version == 12);
    CHECK(output.records.arxiv_papers[1].id == "cond-mat/0501002");
    CHECK(output.records.arxiv_papers[1].version == 2);
    CHECK(output.records.arxiv_papers[1].categories
          == std::vector<std::string>{"cond-mat.str-el", "cond-mat.mes-hall"});
    CHECK(output.records.arxiv_papers[1].authors.at(0).affiliation == "Some Institute");
    REQUIRE(output.records.evidence.size() == 1);
    CHECK(output.records.evidence[0].to_ref == "hf:model/bench-org/bench-judge");
    CHECK(output.new_tasks.empty());
    CHECK(output.notes.empty());
  }

  TEST_CASE("arXiv's error feed fails the task with its message")
  {
    const std::string url = "https://export.arxiv.org/api/query?id_list=notanid&start=0&max_results=100";
    for (const long status : {200L, 400L}) {
      CAPTURE(status);
      const ParseOutput output = parse_body(ArxivParser(), "arxiv.id_batch", url, fixture("error_bad_id.xml"), status);
      CHECK(output.error == url + ": arXiv error: incorrect id format for notanid");
      check_failed_without_output(output);
    }
  }

  TEST_CASE("a cut-off body is malformed XML with pugixml's reason and offset")
  {
    const ParseOutput output = parse_fixture("malformed_cut.xml");
    CHECK(starts_with(output.error, k_query_url + ": malformed Atom XML: "));
    CHECK(output.error.find(" at offset ") != std::string::npos);
    check_failed_without_output(output);
  }

  TEST_CASE("bodies that are not Atom feeds fail the task")
  {
    SUBCASE("an HTML page")
    {
      const ParseOutput output = parse_fixture("html_page.html");
      CHECK(starts_with(output.error, k_query_url + ": malformed Atom XML: "));
      check_failed_without_output(output);
    }
    SUBCASE("a well-formed XHTML page")
    {
      const ParseOutput output = parse_fixture("xhtml_page.html");
      CHECK(output.error == k_query_url + ": expected an Atom <feed>, got <html>");
      check_failed_without_output(output);
    }
    SUBCASE("JSON")
    {
      const ParseOutput output = parse_fixture("not_xml.json");
      CHECK(starts_with(output.error, k_query_url + ": malformed Atom XML: "));
      check_failed_without_output(output);
    }
    SUBCASE("an empty body")
    {
      const ParseOutput output = parse_body(ArxivParser(), "arxiv.query_page", k_query_url, "");
      CHECK(starts_with(output.error, k_query_url + ": malformed Atom XML: "));
    }
  }

  TEST_CASE("an entry without id or title fails the whole page, naming entry and field")
  {
    const ParseOutput no_id = parse_fixture("missing_id.xml");
    CHECK(no_id.error == k_query_url + ": entry 2 of 2: missing <id>");
    check_failed_without_output(no_id);

    const ParseOutput no_title = parse_fixture("missing_title.xml");
    CHECK(no_title.error == k_query_url + ": entry 1 of 1 (http://arxiv.org/abs/2301.00002v1): missing <title>");
    check_failed_without_output(no_title);
  }

  TEST_CASE("404 and 410 give an empty output, 304 parses the archived body")
  {
    for (const long status : {404L, 410L}) {
      const ParseOutput output = parse_body(ArxivParser(), "arxiv.query_page", k_query_url, "Not Found", status);
      CHECK(output.error.empty());
      check_failed_without_output(output);
    }
    const ParseOutput archived =
      parse_body(ArxivParser(), "arxiv.query_page", k_query_url, fixture("query_first_page.xml"), 304);
    CHECK(archived.error.empty());
    CHECK(archived.records.arxiv_papers.size() == 2);
    CHECK(archived.new_tasks.size() == 1);
  }

  TEST_CASE("a task kind the parser does not know is an error")
  {
    const ParseOutput output = parse_fixture("query_first_page.xml", k_query_url, "arxiv.author");
    CHECK(output.error == k_query_url + ": ArxivParser cannot parse task kind 'arxiv.author'");
    check_failed_without_output(output);
  }
}
