#include "app/crawl/heap_tuning.hpp"

#if defined(__GLIBC__)
#  include <malloc.h>
#endif

namespace scout::app {

// Every row written to a table with a CHECK (column IN ('a', 'b', 'c')) makes SQLite open a
// temporary b-tree with a page cache of about 90 KB and close it again. glibc hands such a
// block back to the kernel when it is freed at the top of the heap (its trim threshold starts
// at 128 KB), so each row cost two brk calls, a TLB flush across CPUs and fresh page faults:
// more than half of `crawl --reparse` was system time. A long process reaches a higher
// threshold by itself only once it frees a block above 128 KB, which a reparse may never do.
// Fixing the trim threshold stops glibc adapting its mmap threshold too, so that is raised
// as well: blocks up to 32 MiB (a decompressed body, a parsed document) come from the heap
// and are reused, not mapped and unmapped per response.
void keep_freed_heap()
{
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

}  // namespace scout::app
