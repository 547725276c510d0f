#pragma once

#include "store/storeerror.h"

#include <optional>
#include <utility>
#include <variant>

namespace LedgerLink::Store {

/// Either a value of type T or a StoreError. Check ok() before value(); value() on an error
/// (or error() on a value) is a programming error and asserts.
template<typename T>
class StoreResult
{
public:
    StoreResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    StoreResult(StoreError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T &value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }
    [[nodiscard]] const StoreError &error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, StoreError> m_data;
};

/// The result of an operation that returns nothing but may fail.
template<>
class StoreResult<void>
{
public:
    StoreResult() = default;
    StoreResult(StoreError error)
        : m_error(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const StoreError &error() const
    {
        Q_ASSERT(!ok());
        return *m_error;
    }

private:
    std::optional<StoreError> m_error;
};

} // namespace LedgerLink::Store
