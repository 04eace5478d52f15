// The venue tree: levels, their halls (with fill rate), each hall's blocks. A click selects and
// flies the view there.
#include "app/window/app.h"
#include "panels.h"

#include <imgui.h>

#include <cstdio>
#include <map>

namespace bp::win
{

namespace
{

void block_rows(App& app, HallId hall)
{
    const Project& p = app.doc->project();
    for (size_t b = 0; b < p.blocks.size(); ++b)
    {
        const Block& blk = p.blocks[b];
        if (blk.hall != hall)
            continue;
        const std::vector<BoothId>& booths = app.derived.booths_of_block[b];
        std::string first, last;
        for (const std::string& n : blk.numbers)
            if (!n.empty())
            {
                if (first.empty())
                    first = n;
                last = n;
            }
        char text[160];
        std::snprintf(text, sizeof text, "%s – %s  (%d × %d, %zu)", first.c_str(), last.c_str(), blk.rows, blk.modules,
                      booths.size());
        bool selected = !booths.empty() && app.selection.booths == booths;
        if (ImGui::Selectable((std::string(text) + "##blk" + std::to_string(b)).c_str(), selected))
        {
            PlanSelection s;
            s.booths = booths;
            s.hall = hall;
            app.select(std::move(s), true);
        }
    }
}

} // namespace

void draw_venue_tree(App& app)
{
    const Project& p = app.doc->project();
    std::map<int, std::vector<HallId>> levels;
    for (size_t h = 0; h < p.venue.halls.size(); ++h)
        levels[p.venue.halls[h].level].push_back(HallId(static_cast<int32_t>(h)));
    ImGui::BeginChild("##venue-tree");
    ImGui::TextDisabled("%s", app.display(p.venue.name).c_str());
    for (auto& [level, halls] : levels)
    {
        ImGui::SetNextItemOpen(levels.size() <= 3 || halls.size() <= 8, ImGuiCond_Appearing);
        if (!ImGui::TreeNode(("##level" + std::to_string(level)).c_str(), "%s",
                             trf(S::LevelX, {std::to_string(level)}).c_str()))
            continue;
        for (HallId h : halls)
        {
            const Hall& hall = p.hall(h);
            const BoothFill& fill = app.derived.hall_fill[h.index()].fill;
            char text[200];
            std::snprintf(text, sizeof text, "%s   %.0f%%", app.display(hall.name).c_str(), fill.rate() * 100);
            ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanAvailWidth;
            if (app.selection.hall == h && app.selection.booths.empty())
                flags |= ImGuiTreeNodeFlags_Selected;
            bool open = ImGui::TreeNodeEx(("##hall" + std::to_string(h.value)).c_str(), flags, "%s", text);
            app.probe.item("tree.hall." + hall.code);
            if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen())
            {
                PlanSelection s;
                s.hall = h;
                app.select(std::move(s), true);
            }
            if (open)
            {
                block_rows(app, h);
                ImGui::TreePop();
            }
        }
        ImGui::TreePop();
    }
    ImGui::EndChild();
}

} // namespace bp::win
