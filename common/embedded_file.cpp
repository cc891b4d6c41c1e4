#include "common/embedded_file.hpp"

namespace scout {

std::optional<std::string_view> find_embedded(std::span<const EmbeddedFile> files, std::string_view name)
{
  for (const EmbeddedFile& file : files) {
    if (file.name == name) {
      return file.content;
    }
  }
  return std::nullopt;
}

}  // namespace scout
