#pragma once

namespace scout::app {

// Tells the C allocator to keep freed heap memory (up to 64 MiB) instead of returning it to
// the kernel at once. Called by the writing crawl commands; process-wide, idempotent.
void keep_freed_heap();

}  // namespace scout::app
