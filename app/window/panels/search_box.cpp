// The Find box: an exhibitor by name in any script, id, booth number or country, or a pavilion;
// choosing a hit selects it and flies the view there.
#include "app/window/app.h"
#include "app/window/search.h"
#include "panels.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace bp::win
{

namespace
{

void choose(App& app, const SearchHit& hit)
{
    const Project& p = app.doc->project();
    PlanSelection s;
    switch (hit.kind)
    {
    case SearchHit::Kind::Exhibitor:
        s.exhibitor = hit.exhibitor;
        if (hit.booth.valid())
        {
            s.booths.push_back(hit.booth);
            s.hall = p.booth(hit.booth).hall;
        }
        app.select(std::move(s), false);
        if (hit.booth.valid())
            app.viewport.fly_to_booth(hit.booth);
        break;
    case SearchHit::Kind::Pavilion:
    {
        Subjects subj;
        subj.pavilions.push_back(hit.pavilion);
        app.select_subjects(subj);
        break;
    }
    case SearchHit::Kind::Booth:
        s.booths.push_back(hit.booth);
        s.hall = p.booth(hit.booth).hall;
        app.select(std::move(s), false);
        app.viewport.fly_to_booth(hit.booth);
        break;
    }
}

} // namespace

void draw_search_box(App& app)
{
    SearchBoxState& st = app.search_box;
    if (app.focus_search)
    {
        ImGui::SetKeyboardFocusHere();
        app.focus_search = false;
    }
    ImGui::SetNextItemWidth(-1);
    bool enter = ImGui::InputTextWithHint("##find", tr(S::FindHint), &st.query, ImGuiInputTextFlags_EnterReturnsTrue);
    app.probe.item("search.box");
    const Project& p = app.doc->project();
    if (st.query != st.searched || app.search_dirty || st.revision != app.doc->revision())
    {
        st.searched = st.query;
        app.search_dirty = false;
        st.revision = app.doc->revision();
        st.hits = search(p, app.derived.booth_of_exhibitor, st.query, 50);
    }
    if (st.query.empty())
        return;
    if (enter && !st.hits.empty())
        choose(app, st.hits.front());
    ImGui::BeginChild(
        "##hits",
        ImVec2(0, std::min(10.0f, static_cast<float>(st.hits.size()) + 1.2f) * ImGui::GetTextLineHeightWithSpacing()),
        true);
    if (st.hits.empty())
        ImGui::TextDisabled("%s", tr(S::NoMatches));
    for (size_t i = 0; i < st.hits.size(); ++i)
    {
        const SearchHit& h = st.hits[i];
        std::string text;
        if (h.kind == SearchHit::Kind::Pavilion)
            text = std::string(tr(S::PavilionPrefix)) + " " + app.display(p.pavilion(h.pavilion).name);
        else if (h.kind == SearchHit::Kind::Booth)
            text = p.booth(h.booth).number + "  (" + tr(S::FreeBooth) + ")";
        else
        {
            const Exhibitor& x = p.exhibitor(h.exhibitor);
            text = (h.booth.valid() ? p.booth(h.booth).number : std::string(tr(S::Unassigned))) + "  " +
                   app.display(x.name) + "  " + x.country;
            if (!x.name_local.empty())
                text += "  " + app.display(x.name_local);
        }
        if (ImGui::Selectable((text + "##hit" + std::to_string(i)).c_str()))
            choose(app, h);
        app.probe.item("search.hit." + std::to_string(i));
    }
    ImGui::EndChild();
}

} // namespace bp::win
