// The left panel: the search box on top, then the venue tree, the pavilion list and the sector list as tabs.
#include "app/window/app.h"
#include "panels.h"

#include <imgui.h>

namespace bp::win
{

void draw_left_panel(App& app, float x, float y, float w, float h)
{
    begin_panel(label(S::PanelVenue, "left").c_str(), x, y, w, h);
    draw_search_box(app);
    if (ImGui::BeginTabBar("##left-tabs"))
    {
        if (ImGui::BeginTabItem(label(S::TabHalls, "tab-halls").c_str()))
        {
            draw_venue_tree(app);
            ImGui::EndTabItem();
        }
        app.probe.item("left.tab.halls");
        if (ImGui::BeginTabItem(label(S::TabPavilions, "tab-pavilions").c_str()))
        {
            draw_pavilion_list(app);
            ImGui::EndTabItem();
        }
        app.probe.item("left.tab.pavilions");
        if (ImGui::BeginTabItem(label(S::TabSectors, "tab-sectors").c_str()))
        {
            draw_sector_list(app);
            ImGui::EndTabItem();
        }
        app.probe.item("left.tab.sectors");
        ImGui::EndTabBar();
    }
    ImGui::End();
}

} // namespace bp::win
