// Names of enumerations as written in files and reports: each enumeration has one table of
// (value, name) pairs, and the same two lookups read it both ways.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace bp
{

template <class E> struct EnumName
{
    E value;
    const char* name;
};

// The name of `value` in `table`, or "?" for a value the table lacks (a bug: tables list every value).
template <class E, size_t N> constexpr const char* name_in(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E>& entry : table)
        if (entry.value == value)
            return entry.name;
    return "?";
}

// The value named `name` in `table`, or nullopt.
template <class E, size_t N> constexpr std::optional<E> value_in(const EnumName<E> (&table)[N], std::string_view name)
{
    for (const EnumName<E>& entry : table)
        if (name == entry.name)
            return entry.value;
    return std::nullopt;
}

} // namespace bp
