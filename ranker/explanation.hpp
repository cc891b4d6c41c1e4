#pragma once

#include "ranker/features.hpp"
#include "ranker/rank_input.hpp"
#include "ranker/taxonomy.hpp"

#include <string>

namespace scout::ranker {

// What a recruiter reads for one signal of one specialisation:
// "412 commits to acme/serve; 30 commits to acme/kernels (+2 more)".
std::string explain_signal(const RankInput& input, const ClassifiedInput& classes, const Taxonomy& taxonomy,
                           const SpecEvidence& spec, Signal signal, double depth_share);

// One evidence row in words: "412 commits to acme/serve", "org/model: 48k downloads, 12 likes,
// card documents 4 of 5 governance sections", "2305.18290: first of 3 authors, top venue".
std::string describe_evidence(const RankInput& input, const ClassifiedInput& classes, const EvidenceRef& ref);

// The public page of an evidence row: https://github.com/..., https://huggingface.co/...,
// https://arxiv.org/abs/...
std::string evidence_url(const RankInput& input, const EvidenceRef& ref);

// "12", "4.2k", "1.3M".
std::string compact_count(std::int64_t n);

}  // namespace scout::ranker
