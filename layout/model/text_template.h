// Sentences with slots: "{0} stands at booth {1}" filled with the words of one case. The solver's
// English and the window's string table fill their forms with this one function.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace bp
{

// `form` with each {0} … {9} replaced by that argument (by nothing when there are fewer arguments);
// every other character, braces included, is copied as it is.
std::string fill_template(std::string_view form, std::span<const std::string_view> args);

} // namespace bp
