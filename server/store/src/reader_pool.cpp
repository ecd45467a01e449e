#include "reader_pool.h"

namespace verdict::store {

std::unique_ptr<Connection> ReaderPool::take() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto connection = std::move(m_idle.back());
            m_idle.pop_back();
            return connection;
        }
    }
    return std::make_unique<Connection>(m_file);
}

void ReaderPool::giveBack(std::unique_ptr<Connection> connection) {
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(connection));
}

}  // namespace verdict::store
