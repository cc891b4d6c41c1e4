#pragma once

#include <string_view>

namespace scout::crawler::hf {

// True when a card body is still the auto-generated template. The rule:
//  1. The body carries a template marker: "More Information Needed" (the Hub template's
//     and the Trainer's placeholder, any case), "<!-- Provide a quick summary", or the
//     "has been automatically generated" / "has been generated automatically" sentences.
//  2. Each heading chunk (see card_chunks) is classified. Lines holding a placeholder
//     ("More Information Needed", "...automatically generated...", "Use the code below to
//     get started with the model."), bare labels ("- **Developed by:**"), HTML comments
//     and blank lines are removed. A chunk with other text left is filled; one that only
//     lost placeholders or comments is a placeholder; one with nothing at all is empty.
//     Chunks the Trainer fills by itself ("Training hyperparameters", "Training results",
//     "Framework versions") are not counted.
//  3. Template = marker present and placeholder chunks outnumber filled ones.
bool is_template_card(std::string_view body);

}  // namespace scout::crawler::hf
