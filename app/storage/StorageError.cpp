// StorageError keeps a UTF-8 copy of its message for what().
#include "storage/StorageError.h"

#include "core/DateText.h"

namespace mb {

StorageError::StorageError(Code code, QString message)
    : m_code(code)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

void requireAcceptedDates(std::initializer_list<QDate> dates)
{
    for (const QDate date : dates)
        if (date.isValid())
            if (const auto problem = dateRangeProblem(date))
                throw StorageError(StorageError::Code::InvalidInput, *problem);
}

} // namespace mb
