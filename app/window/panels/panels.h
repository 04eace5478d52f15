// The panels around the viewport, one file each: menu bar, status bar, start page, the left panel
// (search, venue tree, pavilion list), the inspector, the allocation panel. Each draws itself from
// the App into the rectangle it is given (window coordinates) and acts through the App's actions.
#pragma once

#include <string>

namespace bp::win
{

class App;

float draw_menu_bar(App& app); // returns its height
void draw_status_bar(App& app, float x, float y, float w, float h);
void draw_start_page(App& app, float x, float y, float w, float h);
void draw_left_panel(App& app, float x, float y, float w, float h);
void draw_inspector(App& app, float x, float y, float w, float h);
void draw_allocation_panel(App& app, float x, float y, float w, float h);

// Parts of the left panel, in their own files.
void draw_search_box(App& app);
void draw_venue_tree(App& app);
void draw_pavilion_list(App& app);
void draw_sector_list(App& app);

// A section heading: the title over a separator (ImGui 1.86 has no SeparatorText).
void section(const std::string& title);

// A fixed panel window at a rectangle (no move, no collapse), with a stable id.
bool begin_panel(const char* title_and_id, float x, float y, float w, float h, int extra_flags = 0);

} // namespace bp::win
