// StorageError keeps a UTF-8 copy of its message for what().
#include "storage/StorageError.h"

namespace mb {

StorageError::StorageError(Code code, QString message)
    : m_code(code)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

} // namespace mb
