// The sector list: every sector with its exhibitors and its zone; Draw starts the zone tool (a
// rectangle dragged on a hall), Clear takes the zone off.
#include "app/window/app.h"
#include "app/window/tools/zone_tool.h"
#include "panels.h"

#include <imgui.h>

namespace bp::win
{

void draw_sector_list(App& app)
{
    const Project& p = app.doc->project();
    std::vector<int> exhibitors(p.sectors.size(), 0);
    for (const Exhibitor& e : p.exhibitors)
        if (e.sector.valid() && e.sector.index() < exhibitors.size())
            ++exhibitors[e.sector.index()];
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##sectors", 4, flags))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(S::ColSector), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(S::ColExhibitors), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(tr(S::ColZone), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableHeadersRow();
    const bool drawing = std::string_view(app.viewport.tool().id()) == "draw-zone";
    for (size_t i = 0; i < p.sectors.size(); ++i)
    {
        const SectorId id(static_cast<int32_t>(i));
        const Sector& s = p.sectors[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::ColorButton("##colour",
                           ImVec4((s.colour >> 16 & 0xFF) / 255.f, (s.colour >> 8 & 0xFF) / 255.f,
                                  (s.colour & 0xFF) / 255.f, 1),
                           ImGuiColorEditFlags_NoTooltip, ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
        ImGui::SameLine();
        ImGui::TextUnformatted(app.display(s.name).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", exhibitors[i]);
        ImGui::TableNextColumn();
        if (s.zone && s.zone->hall.valid() && s.zone->hall.index() < p.venue.halls.size())
            ImGui::TextUnformatted(p.hall(s.zone->hall).code.c_str());
        else
            ImGui::TextDisabled("—");
        ImGui::TableNextColumn();
        ImGui::BeginDisabled(app.read_only() || drawing || app.viewport.tool_busy());
        if (ImGui::SmallButton(tr(S::DrawZone)))
        {
            app.viewport.use_tool(std::make_unique<ZoneTool>(p, id)); // its hint is in the status bar
        }
        app.probe.item("sector.draw." + s.name);
        ImGui::EndDisabled();
        if (s.zone)
        {
            ImGui::SameLine();
            ImGui::BeginDisabled(app.read_only());
            if (ImGui::SmallButton(tr(S::ClearZone)))
            {
                const std::string name = s.name;
                app.apply(PlaceSectorZone{id, std::nullopt});
                app.status_message = trf(S::ZoneClearedX, {name});
            }
            app.probe.item("sector.clear." + s.name);
            ImGui::EndDisabled();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace bp::win
