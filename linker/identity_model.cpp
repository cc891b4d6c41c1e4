#include "linker/identity_model.hpp"

namespace scout::linker {

std::string source_name(Source source)
{
  switch (source) {
  case Source::github: return "github";
  case Source::huggingface: return "huggingface";
  case Source::arxiv: return "arxiv";
  }
  return "github";
}

std::string strength_name(Strength strength)
{
  switch (strength) {
  case Strength::weak: return "weak";
  case Strength::medium: return "medium";
  case Strength::strong: return "strong";
  }
  return "weak";
}

}  // namespace scout::linker
