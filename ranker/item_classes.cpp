#include "ranker/item_classes.hpp"

#include "common/strings.hpp"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace scout::ranker {

namespace {

const std::unordered_set<std::string_view> k_quant_words = {
  "gguf", "ggml", "gptq", "awq", "exl2", "mlx", "onnx", "int4", "int8", "fp16", "bf16", "fp8", "4bit", "8bit",
  "q2", "q3", "q4", "q5", "q6", "q8", "k", "m", "s", "l", "0", "1", "quantized", "quant", "imatrix", "i1"};

std::string_view name_part(std::string_view full_name)
{
  const std::size_t slash = full_name.find('/');
  return slash == std::string_view::npos ? full_name : full_name.substr(slash + 1);
}

void classify_repos(const RankInput& input, const Classifier& classifier, ItemClasses& out)
{
  const std::size_t n = input.repos.size();
  out.repo_specs.assign(n, 0);
  out.repo_is_list.assign(n, 0);
  out.repo_is_prompts.assign(n, 0);
  tbb::parallel_for(std::size_t{0}, n, [&](std::size_t i) {
    const Repo& repo = input.repos[i];
    std::vector<std::string_view> texts = {name_part(repo.full_name), repo.description};
    texts.insert(texts.end(), repo.topics.begin(), repo.topics.end());
    out.repo_specs[i] = classifier.classify(texts) | classifier.notable(name_part(repo.full_name));
    const std::string about = std::string(name_part(repo.full_name)) + " " + repo.description;
    out.repo_is_list[i] = repo.language.empty() || classifier.is_list(about) ? 1 : 0;
    out.repo_is_prompts[i] = classifier.is_prompt_collection(about) ? 1 : 0;
  });
}

void classify_contributions(const RankInput& input, const Classifier& classifier, ItemClasses& out)
{
  std::unordered_map<std::string_view, std::int32_t> repo_index;
  for (std::size_t i = 0; i < input.repos.size(); ++i) {
    repo_index.emplace(input.repos[i].full_name, static_cast<std::int32_t>(i));
  }
  const std::size_t n = input.contributions.size();
  out.contribution_repo.assign(n, -1);
  out.contribution_specs.assign(n, 0);
  out.contribution_notable.assign(n, 0);
  tbb::parallel_for(std::size_t{0}, n, [&](std::size_t i) {
    const std::string_view name = input.contributions[i].repo_full_name;
    const auto found = repo_index.find(name);
    const SpecMask notable = classifier.notable(name_part(name));
    out.contribution_notable[i] = notable != 0 ? 1 : 0;
    if (found != repo_index.end()) {
      out.contribution_repo[i] = found->second;
      out.contribution_specs[i] = out.repo_specs[static_cast<std::size_t>(found->second)];
    } else {
      // Not crawled: its name is all the text there is.
      out.contribution_specs[i] = classifier.classify({name_part(name)}) | notable;
    }
  });
}

void classify_models(const RankInput& input, const Classifier& classifier, ItemClasses& out)
{
  const std::size_t n = input.models.size();
  out.model_specs.assign(n, 0);
  out.model_family.assign(n, std::string());
  tbb::parallel_for(std::size_t{0}, n, [&](std::size_t i) {
    const Model& model = input.models[i];
    std::vector<std::string_view> texts = {name_part(model.id), model.pipeline_tag, model.library_name, model.base_model};
    texts.insert(texts.end(), model.tags.begin(), model.tags.end());
    out.model_specs[i] = classifier.classify(texts);
    out.model_family[i] = model_family(model.id);
  });
}

bool any_of_listed(const std::vector<std::string>& values, const std::vector<std::string>& listed)
{
  return std::any_of(values.begin(), values.end(), [&](const std::string& value) {
    return std::find(listed.begin(), listed.end(), value) != listed.end();
  });
}

void classify_papers(const RankInput& input, const Classifier& classifier, const Weights& weights, ItemClasses& out)
{
  const PhraseMatcher venues(weights.papers.top_venues, std::vector<int>(weights.papers.top_venues.size(), 0));
  const std::size_t n = input.papers.size();
  out.paper_specs.assign(n, 0);
  out.paper_top_venue.assign(n, 0);
  out.paper_in_category.assign(n, 0);
  tbb::parallel_for(std::size_t{0}, n, [&](std::size_t i) {
    const Paper& paper = input.papers[i];
    out.paper_specs[i] = classifier.classify({paper.title, paper.abstract});
    out.paper_top_venue[i] = venues.match(paper.comment + " " + paper.journal_ref) != 0 ? 1 : 0;
    out.paper_in_category[i] = any_of_listed(paper.categories, weights.papers.categories) ? 1 : 0;
  });
}

void index_authorships(const RankInput& input, ItemClasses& out)
{
  std::unordered_map<std::string_view, std::int32_t> paper_index;
  for (std::size_t i = 0; i < input.papers.size(); ++i) {
    paper_index.emplace(input.papers[i].id, static_cast<std::int32_t>(i));
  }
  out.authorship_paper.assign(input.authorships.size(), -1);
  out.paper_author_count.assign(input.papers.size(), 0);
  for (std::size_t i = 0; i < input.authorships.size(); ++i) {
    const auto found = paper_index.find(input.authorships[i].paper_id);
    if (found != paper_index.end()) {
      out.authorship_paper[i] = found->second;
      out.paper_author_count[static_cast<std::size_t>(found->second)] += 1;
    }
  }
}

}  // namespace

std::string model_family(std::string_view model_id)
{
  const std::string lowered = to_lower(name_part(model_id));
  std::string family;
  for (std::string_view word : words_of(lowered)) {
    if (k_quant_words.count(word) != 0) {
      continue;
    }
    family += family.empty() ? "" : " ";
    family += word;
  }
  return family;
}

ItemClasses classify_items(const RankInput& input, const Taxonomy& taxonomy, const Weights& weights)
{
  const Classifier classifier(taxonomy);
  ItemClasses classes;
  classify_repos(input, classifier, classes);
  classify_contributions(input, classifier, classes);
  classify_models(input, classifier, classes);
  classify_papers(input, classifier, weights, classes);
  index_authorships(input, classes);
  return classes;
}

}  // namespace scout::ranker
