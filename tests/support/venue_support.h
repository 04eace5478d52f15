// Helpers of the venue importer tests: a hall by its code, and the message an import refuses with.
#pragma once

#include "layout/model/diagnostics.h"
#include "layout/model/model.h"

#include <catch2/catch.hpp>

#include <string>

namespace bp::test
{

inline const Hall& hall_by_code(const Venue& v, const std::string& code)
{
    for (const Hall& h : v.halls)
        if (h.code == code)
            return h;
    FAIL("no hall " << code);
    return v.halls.front();
}

// The InputError message `import` throws, or "" when it imports.
template <class Import> std::string refusal_of(Import&& import)
{
    try
    {
        import();
    }
    catch (const InputError& e)
    {
        return e.what();
    }
    return "";
}

} // namespace bp::test
