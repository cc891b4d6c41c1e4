#pragma once

#include <cstddef>
#include <vector>

namespace scout::linker {

// Disjoint sets over 0..size-1 (union by size, path halving). Not thread-safe.
class UnionFind {
public:
  explicit UnionFind(std::size_t size);

  // The representative of `item`'s set.
  std::size_t find(std::size_t item);

  // Joins the sets of a and b; false when they were already one set.
  bool unite(std::size_t a, std::size_t b);

private:
  std::vector<std::size_t> m_parent;
  std::vector<std::size_t> m_size;
};

}  // namespace scout::linker
