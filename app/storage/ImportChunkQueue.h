// The hand-over between an import's reading thread and the thread that resolves and writes what was read.
#pragma once

#include "core/ImportBatch.h"
#include "storage/BulkJournalWriter.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace mb {

// Parsed records, with their rows already formatted when they are to be written.
struct ImportChunk {
    QList<ImportRecord> records;
    std::vector<BulkJournalWriter::Row> rows; // empty, or rows[i] is records[i]; participant ids still to be set
    bool problems = false;                    // the file has problems up to here: writing is pointless
};

// A short queue between the two threads: the reader waits when the other lags, and stops when it gives up.
class ImportChunkQueue {
public:
    // False when the queue was abandoned: the reader should stop.
    bool push(ImportChunk&& chunk);
    // The next chunk; nullopt once the reader has finished and all is taken (or the queue was abandoned).
    std::optional<ImportChunk> pop();
    // A chunk the taker is done with, for the reader to free: the taker is the busier thread.
    void giveBack(ImportChunk&& chunk);
    void finish();  // the reader has pushed its last chunk
    void abandon(); // the taker stops: what is queued is dropped and push() refuses from now on
    bool abandoned();

private:
    static constexpr std::size_t capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ImportChunk> m_chunks;
    std::vector<ImportChunk> m_spent;
    bool m_finished = false;
    bool m_abandoned = false;
};

} // namespace mb
