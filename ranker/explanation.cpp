#include "ranker/explanation.hpp"

#include "ranker/credits.hpp"
#include "ranker/day_number.hpp"

#include <cmath>
#include <cstdio>

namespace scout::ranker {

namespace {

std::string describe_base(const Model& model)
{
  switch (model.base_relation) {
  case BaseRelation::none: return "";
  case BaseRelation::unstated: return ", built on " + model.base_model;
  case BaseRelation::finetune: return ", fine-tune of " + model.base_model;
  case BaseRelation::adapter: return ", adapter on " + model.base_model;
  case BaseRelation::merge: return ", merge of " + model.base_model;
  case BaseRelation::quantized: return ", quantisation of " + model.base_model + " (no fine-tune credit)";
  }
  return "";
}

std::string describe_model(const Model& model)
{
  const int documented = static_cast<int>(std::lround(card_completeness(model) * 5));
  std::string text = model.id + ": ";
  if (model.downloads_all_time > model.downloads) {
    text += compact_count(model.downloads_all_time) + " downloads (" + compact_count(model.downloads)
            + " in the last 30 days), ";
  } else {
    text +=
      compact_count(model.downloads)
      + (model.downloads_all_time >= 0 ? " downloads, all in the last 30 days, " : " downloads in the last 30 days, ");
  }
  text += compact_count(model.likes) + " likes";
  text += documented > 0 ? ", card documents " + std::to_string(documented) + " of 5 governance sections"
                         : ", no card credit";
  return text + describe_base(model);
}

std::string describe_paper(const RankInput& input, const ClassifiedInput& classes, std::uint32_t authorship)
{
  const std::uint32_t p = classes.authorships[authorship].paper;
  const Paper& paper = input.papers[p];
  const int n = classes.papers[p].author_count;
  const int position = input.authorships[authorship].position;
  std::string text =
    paper.id + " \"" + paper.title + "\": author " + std::to_string(position + 1) + " of " + std::to_string(n);
  text += classes.papers[p].top_venue ? ", top venue" : "";
  text += paper.categories.empty() ? "" : ", " + paper.categories.front();
  return text;
}

}  // namespace

std::string compact_count(std::int64_t n)
{
  char buffer[32];
  if (n >= 1000000) {
    std::snprintf(buffer, sizeof buffer, "%.1fM", static_cast<double>(n) / 1e6);
  } else if (n >= 1000) {
    std::snprintf(buffer, sizeof buffer, "%.1fk", static_cast<double>(n) / 1e3);
  } else {
    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(n));
  }
  return buffer;
}

std::string describe_evidence(const RankInput& input, const ClassifiedInput& classes, const EvidenceRef& ref)
{
  switch (ref.kind) {
  case ItemKind::contribution: {
    const Contribution& c = input.contributions[ref.index];
    return std::to_string(c.commits) + " commits to " + c.repo_full_name
           + (c.last_day >= 0 ? ", the last in the week of " + day_text(c.last_day) : "");
  }
  case ItemKind::repo: {
    const Repo& repo = input.repos[ref.index];
    std::string text = repo.full_name + " (" + compact_count(repo.stars) + " stars";
    text += classes.repos[ref.index].is_list ? ", list-style: stars discounted" : "";
    return text + (repo.fork ? ", fork)" : ")");
  }
  case ItemKind::model: return describe_model(input.models[ref.index]);
  case ItemKind::authorship: return describe_paper(input, classes, ref.index);
  }
  return {};
}

std::string evidence_url(const RankInput& input, const EvidenceRef& ref)
{
  switch (ref.kind) {
  case ItemKind::contribution: return "https://github.com/" + input.contributions[ref.index].repo_full_name;
  case ItemKind::repo: return "https://github.com/" + input.repos[ref.index].full_name;
  case ItemKind::model: return "https://huggingface.co/" + input.models[ref.index].id;
  case ItemKind::authorship: return "https://arxiv.org/abs/" + input.authorships[ref.index].paper_id;
  }
  return {};
}

std::string explain_signal(const RankInput& input, const ClassifiedInput& classes, const Taxonomy& taxonomy,
                           const SpecEvidence& spec, Signal signal, double depth_share)
{
  const std::size_t s = static_cast<std::size_t>(signal);
  if (signal == Signal::breadth) {
    return "evidence on " + std::to_string(static_cast<int>(spec.features.breadth)) + " of 3 sources";
  }
  if (signal == Signal::depth) {
    return std::to_string(static_cast<int>(std::lround(depth_share * 100))) + "% of their weighted evidence is "
           + taxonomy.specialisations[spec.features.spec].display_name;
  }
  const TopEvidence& top = spec.top[s];
  std::string text;
  for (std::size_t i = 0; i < top.count; ++i) {
    text += (i == 0 ? "" : "; ") + describe_evidence(input, classes, top.items[i]);
  }
  if (top.total > top.count) {
    text += " (+" + std::to_string(top.total - top.count) + " more)";
  }
  return text.empty() ? "none" : text;
}

}  // namespace scout::ranker
