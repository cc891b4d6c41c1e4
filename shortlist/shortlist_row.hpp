#pragma once

#include "shortlist/change_notes.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scout::shortlist {

// One signal of a person's score, as the ranker explained it.
struct SignalLine {
  std::string signal;  // "contributions.inference"
  double value = 0;    // the raw measure
  double weight = 0;
  double contribution = 0;  // points it added to the score
  std::string explanation;  // "412 commits to acme/serve"
};

// A piece of public evidence with the page it is on.
struct EvidenceLink {
  std::string text;  // "acme/serve (412 commits)"
  std::string url;   // https://github.com/acme/serve; only http(s) URLs are ever made links
};

// One person on a shortlist: what every export format shows. Built from a ranking run by
// app/; the writers only format it. Text fields are as crawled, i.e. written by strangers:
// the writers escape and neutralise them, never the caller.
struct ShortlistRow {
  int rank = 0;
  double score = 0;
  std::int64_t person_id = 0;
  std::string name;
  std::string specialisation;       // taxonomy key, "inference"
  std::string specialisation_name;  // "Inference and serving"
  double confidence = 0;            // 0..1: the primary specialisation's share of the person's evidence
  std::string compensation_band;    // the seeds' band for that specialisation
  std::string location;
  std::vector<std::string> github_logins;
  std::vector<std::string> huggingface_users;
  std::vector<std::string> arxiv_names;
  std::vector<std::string> reasons;  // plain sentences, strongest first (exports show three)
  std::vector<SignalLine> signals;   // the full breakdown
  std::vector<EvidenceLink> evidence;
};

// What a shortlist says about itself (header of the HTML page, first JSON line).
struct ShortlistMeta {
  std::int64_t ranking_run = 0;
  std::string ranked_at;  // ISO-8601
  std::string weights_hash;
  std::string filters;  // human-readable, "top 50, specialisation inference"
  // `scout nightly`: what changed since the last nightly run, a section of the HTML page.
  std::optional<ChangeNotes> changes{};
};

}  // namespace scout::shortlist
