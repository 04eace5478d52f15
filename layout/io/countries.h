// ISO 3166-1 alpha-2 country codes (the officially assigned ones), embedded so imports need no network.
#pragma once

#include <string_view>

namespace bp
{

bool is_iso_country(std::string_view code);
// Number of codes known (249 officially assigned).
int iso_country_count();

} // namespace bp
