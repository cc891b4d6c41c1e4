#include "linker/union_find.hpp"

#include <numeric>
#include <utility>

namespace scout::linker {

UnionFind::UnionFind(std::size_t size) : m_parent(size), m_size(size, 1)
{
  std::iota(m_parent.begin(), m_parent.end(), std::size_t{0});
}

std::size_t UnionFind::find(std::size_t item)
{
  while (m_parent[item] != item) {
    m_parent[item] = m_parent[m_parent[item]];
    item = m_parent[item];
  }
  return item;
}

bool UnionFind::unite(std::size_t a, std::size_t b)
{
  a = find(a);
  b = find(b);
  if (a == b) {
    return false;
  }
  if (m_size[a] < m_size[b]) {
    std::swap(a, b);
  }
  m_parent[b] = a;
  m_size[a] += m_size[b];
  return true;
}

}  // namespace scout::linker
