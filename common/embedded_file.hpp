#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace scout {

// A file compiled into the binary at configure time (see cmake/embed_files.cmake).
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

// Returns the content of the file called `name`, or nullopt when absent.
std::optional<std::string_view> find_embedded(std::span<const EmbeddedFile> files, std::string_view name);

}  // namespace scout
