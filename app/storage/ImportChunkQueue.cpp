// A bounded queue of parsed chunks; spent chunks are freed on the reading thread, outside the lock.
#include "storage/ImportChunkQueue.h"

namespace mb {

bool ImportChunkQueue::push(ImportChunk&& chunk)
{
    std::vector<ImportChunk> spent; // freed here, on the reading thread, once the lock is released
    std::unique_lock lock(m_mutex);
    spent.swap(m_spent);
    m_changed.wait(lock, [this] { return m_chunks.size() < capacity || m_abandoned; });
    if (m_abandoned)
        return false;
    m_chunks.push_back(std::move(chunk));
    m_changed.notify_all();
    return true;
}

std::optional<ImportChunk> ImportChunkQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished || m_abandoned; });
    if (m_chunks.empty())
        return std::nullopt;
    ImportChunk chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_changed.notify_all();
    return chunk;
}

void ImportChunkQueue::giveBack(ImportChunk&& chunk)
{
    const std::lock_guard lock(m_mutex);
    m_spent.push_back(std::move(chunk));
}

void ImportChunkQueue::finish()
{
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

void ImportChunkQueue::abandon()
{
    const std::lock_guard lock(m_mutex);
    m_abandoned = true;
    m_chunks.clear();
    m_changed.notify_all();
}

bool ImportChunkQueue::abandoned()
{
    const std::lock_guard lock(m_mutex);
    return m_abandoned;
}

} // namespace mb
