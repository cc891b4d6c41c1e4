// The global operator new of the programs that rank a million people (scout, rank_bench):
// blocks of 4 MiB and more are marked for transparent huge pages (madvise MADV_HUGEPAGE);
// everything else is the standard library's own behaviour (malloc, and free() in the
// standard operator delete, which this pairs with).
//
// Why: on this machine's virtualised kernel a first touch of a 4 KiB page costs about
// 6 microseconds (256 MiB of fresh memory: 1.7 s; with huge pages 0.06 s), and the system
// leaves huge pages to programs that ask (transparent_hugepage=madvise). A re-rank of a
// million people fills about 450 MB of fresh vectors (features, scores, packed blocks), a
// full rank over a gigabyte: without this, page faults were a third of a re-rank's time.
// Only large blocks are advised, so small allocations never split the heap's mappings.
#include <cstdint>
#include <cstdlib>
#include <new>
#include <sys/mman.h>

namespace {

constexpr std::uintptr_t k_huge_page = std::uintptr_t{2} << 20;
constexpr std::size_t k_advised_from = 2 * k_huge_page;

// The whole huge pages inside [block, block + size). A hint: when the kernel refuses, the
// block keeps 4 KiB pages and nothing else changes.
void advise_huge_pages(void* block, std::size_t size)
{
  const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(block);
  const std::uintptr_t begin = (start + k_huge_page - 1) & ~(k_huge_page - 1);
  const std::uintptr_t end = (start + size) & ~(k_huge_page - 1);
  if (end > begin) {
    (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  }
}

}  // namespace

void* operator new(std::size_t size)
{
  for (;;) {
    if (void* block = std::malloc(size == 0 ? 1 : size); block != nullptr) {
      if (size >= k_advised_from) {
        advise_huge_pages(block, size);
      }
      return block;
    }
    const std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) {
      throw std::bad_alloc();
    }
    handler();
  }
}
