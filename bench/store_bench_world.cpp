// The store benchmark's synthetic archive: answers with the fields and sizes of the recorded
// API samples (sample/replay/, /work/shared/api-samples/), numbered so that they differ.
#include "bench/store_bench_world.hpp"

#include <string>

namespace scout::bench {

namespace {

constexpr const char* k_github = "https://api.github.com";
constexpr const char* k_hf = "https://huggingface.co";
constexpr const char* k_arxiv = "https://export.arxiv.org/api/query";
constexpr std::size_t k_contributors_per_page = 100;
constexpr std::size_t k_repos_per_user = 30;
constexpr std::size_t k_models_per_author = 40;
constexpr std::size_t k_papers_per_page = 20;

std::string num(std::size_t n) { return std::to_string(n); }

// Person p of the pool; contributors pages draw from it, so a login recurs across repositories.
std::string login(std::size_t p) { return "dev-" + num(p); }

// A deterministic spread of pool members for page `round`, row `i`.
std::size_t person(std::size_t round, std::size_t i, std::size_t people)
{
  return (round * 7919 + i * 104729) % people;
}

model::Task task(model::Source source, const std::string& kind, std::string url)
{
  model::Task t;
  t.source = source;
  t.kind = kind;
  t.url = std::move(url);
  return t;
}

std::string short_user_json(std::size_t p)
{
  const std::string l = login(p);
  return R"({"login":")" + l + R"(","id":)" + num(5000000 + p) + R"(,"node_id":"MDQ6VXNlcj)" + num(p)
         + R"(","avatar_url":"https://avatars.githubusercontent.com/u/)" + num(5000000 + p)
         + R"(?v=4","gravatar_id":"","url":"https://api.github.com/users/)" + l + R"(","html_url":"https://github.com/)"
         + l + R"(","type":"User","user_view_type":"public","site_admin":false)";
}

SyntheticResponse contributors_page(std::size_t round, std::size_t people)
{
  const std::string repo = "org-" + num(round) + "/model-" + num(round);
  std::string body = "[";
  for (std::size_t i = 0; i < k_contributors_per_page; ++i) {
    body +=
      (i ? "," : "") + short_user_json(person(round, i, people)) + R"(,"contributions":)" + num(1000 / (i + 1)) + "}";
  }
  body += "]";
  return {task(model::Source::github, "github.repo_contributors",
               std::string(k_github) + "/repos/" + repo + "/contributors?per_page=100"),
          std::move(body), "W/\"c" + num(round) + "\""};
}

SyntheticResponse user_profile(std::size_t round, std::size_t people)
{
  const std::size_t p = person(round, 0, people);
  std::string body =
    short_user_json(p) + R"(,"name":"Developer )" + num(p) + R"(","company":"@lab-)" + num(p % 97)
    + R"(","blog":"https://dev)" + num(p) + R"(.example.org/","location":"Lagos, Nigeria","email":null,)"
    + R"("hireable":true,"bio":"PhD student. Preference optimization at small scale.",)" + R"("twitter_username":"dev)"
    + num(p) + R"(","public_repos":)" + num(k_repos_per_user) + R"(,"public_gists":2,"followers":)" + num(p % 1000)
    + R"(,"following":80,)" + R"("created_at":"2019-02-11T12:00:00Z","updated_at":"2026-11-19T12:00:00Z"})";
  return {task(model::Source::github, "github.user", std::string(k_github) + "/users/" + login(p)), std::move(body),
          "\"u" + num(round) + "\""};
}

SyntheticResponse user_repos(std::size_t round, std::size_t people)
{
  const std::size_t p = person(round, 1, people);
  const std::string owner = login(p);
  std::string body = "[";
  for (std::size_t i = 0; i < k_repos_per_user; ++i) {
    const std::string name = "repo-" + num(round) + "-" + num(i);
    body += std::string(i ? "," : "") + R"({"id":)" + num(round * 1000 + i) + R"(,"node_id":"R_kgDO)" + num(i)
            + R"(","name":")" + name + R"(","full_name":")" + owner + "/" + name + R"(","private":false,"owner":)"
            + short_user_json(p) + R"(},"html_url":"https://github.com/)" + owner + "/" + name
            + R"(","description":"Direct preference optimization experiments, part )" + num(i)
            + R"(","fork":false,"created_at":"2023-03-01T10:00:00Z","updated_at":"2026-10-01T10:00:00Z",)"
            + R"("pushed_at":"2026-09-30T10:00:00Z","homepage":null,"size":2048,"stargazers_count":)" + num(i * 13)
            + R"(,"watchers_count":)" + num(i * 13) + R"(,"language":"Python","forks_count":)" + num(i)
            + R"(,"archived":false,"license":{"key":"apache-2.0","name":"Apache License 2.0","spdx_id":"Apache-2.0"},)"
            + R"("topics":["llm","rlhf","dpo"],"default_branch":"main"})";
  }
  body += "]";
  return {task(model::Source::github, "github.user_repos",
               std::string(k_github) + "/users/" + owner + "/repos?per_page=100&sort=pushed"),
          std::move(body), "W/\"r" + num(round) + "\""};
}

SyntheticResponse author_models(std::size_t round)
{
  const std::string author = "Lab" + num(round);
  std::string body = "[";
  for (std::size_t i = 0; i < k_models_per_author; ++i) {
    const std::string id = author + "/zephyr-" + num(i) + "b-dpo";
    body += std::string(i ? "," : "") + R"({"_id":"653a4cbd66081db6fc58)" + num(i) + R"(","id":")" + id
            + R"(","likes":)" + num(i * 7) + R"(,"trendingScore":0,"private":false,"downloads":)" + num(i * 1009)
            + R"(,"tags":["transformers","safetensors","mistral","text-generation","conversational","en",)"
            + R"("dataset:HuggingFaceH4/ultrafeedback_binarized","arxiv:2305.18290","arxiv:24)" + num(10 + i % 80)
            + R"(.0)" + num(1000 + round % 9000) + R"(","base_model:mistralai/Mistral-7B-v0.1","license:mit",)"
            + R"("autotrain_compatible","region:us"],"pipeline_tag":"text-generation","library_name":"transformers",)"
            + R"("createdAt":"2023-10-26T11:25:49.000Z","modelId":")" + id + R"(","author":")" + author
            + R"(","sha":"892b3d7a7b1cf10c7a701c60881cd93df61573)" + num(i % 10)
            + R"(","lastModified":"2024-10-16T11:48:13.000Z","gated":false,"disabled":false,)"
            + R"("siblings":[{"rfilename":"README.md"},{"rfilename":"config.json"}]})";
  }
  body += "]";
  return {task(model::Source::huggingface, "hf.author_models",
               std::string(k_hf) + "/api/models?author=" + author + "&full=true&limit=100"),
          std::move(body), "W/\"m" + num(round) + "\""};
}

std::string atom_entry(std::size_t round, std::size_t i, std::size_t people)
{
  const std::string id = "24" + num(10 + round % 80) + "." + num(10000 + (round * k_papers_per_page + i) % 90000);
  std::string entry = "<entry><id>http://arxiv.org/abs/" + id + "v2</id><title>Preference Optimization Study "
                      + num(round) + "." + num(i) + "</title><updated>2024-09-03T10:12:40Z</updated>"
                      + "<link href=\"https://arxiv.org/abs/" + id + "v2\" rel=\"alternate\" type=\"text/html\"/>"
                      + "<link href=\"https://arxiv.org/pdf/" + id + "v2\" rel=\"related\" type=\"application/pdf\" title=\"pdf\"/>"
                      + "<summary>Preference data is scarce outside English. We translate UltraFeedback and apply direct "
                        "preference optimization to Zephyr-7B, improving MT-Bench from 6.11 to 6.92.</summary>"
                      + "<category term=\"cs.CL\" scheme=\"http://arxiv.org/schemas/atom\"/>"
                      + "<published>2024-06-12T08:30:00Z</published>"
                      + "<arxiv:primary_category term=\"cs.CL\"/>";
  for (std::size_t a = 0; a < 4; ++a) {
    entry += "<author><name>Author " + num(person(round + a, i, people)) + " Surname</name>"
             + "<arxiv:affiliation>University of Lagos</arxiv:affiliation></author>";
  }
  return entry + "</entry>";
}

SyntheticResponse arxiv_page(std::size_t round, std::size_t people)
{
  const std::string query = "search_query=cat:cs.CL+AND+abs:q" + num(round) + "&start=0&max_results="
                            + num(k_papers_per_page) + "&sortBy=submittedDate&sortOrder=descending";
  std::string body = "<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\""
                     " xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">"
                     "<id>https://arxiv.org/api/q" + num(round) + "</id><title>arXiv Query</title>"
                     "<updated>2026-11-23T00:00:00Z</updated><opensearch:itemsPerPage>"
                     + num(k_papers_per_page) + "</opensearch:itemsPerPage><opensearch:totalResults>"
                     + num(k_papers_per_page) + "</opensearch:totalResults><opensearch:startIndex>0</opensearch:startIndex>";
  for (std::size_t i = 0; i < k_papers_per_page; ++i) {
    body += atom_entry(round, i, people);
  }
  return {task(model::Source::arxiv, "arxiv.query_page", std::string(k_arxiv) + "?" + query), body + "</feed>",
          "\"a" + num(round) + "\""};
}

}  // namespace

std::vector<SyntheticResponse> synthetic_round(std::size_t round, std::size_t people)
{
  std::vector<SyntheticResponse> answers;
  answers.push_back(contributors_page(round, people));
  answers.push_back(user_profile(round, people));
  answers.push_back(user_repos(round, people));
  answers.push_back(author_models(round));
  answers.push_back(arxiv_page(round, people));
  return answers;
}

}  // namespace scout::bench
