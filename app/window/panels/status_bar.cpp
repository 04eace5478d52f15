// The status bar: halls, booths, exhibitors placed, fill rate, score, last save; the last action's
// outcome; what is under the pointer.
#include "app/window/app.h"
#include "panels.h"

#include <imgui.h>

#include <cstdio>
#include <ctime>

namespace bp::win
{

namespace
{

std::string time_of_day(std::chrono::system_clock::time_point t)
{
    std::time_t tt = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    localtime_r(&tt, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M:%S", &tm);
    return buf;
}

void separator()
{
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
}

} // namespace

void draw_status_bar(App& app, float x, float y, float w, float h)
{
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * app.ui_scale, 3 * app.ui_scale));
    begin_panel("###status", x, y, w, h, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    if (app.doc)
    {
        const Project& p = app.doc->project();
        int placed = 0;
        for (const Booth& b : p.booths)
            placed += b.exhibitor.valid();
        BoothFill all;
        for (const HallFillRow& r : app.derived.hall_fill)
        {
            all.booths += r.fill.booths;
            all.assigned += r.fill.assigned;
            all.area_m2 += r.fill.area_m2;
            all.assigned_m2 += r.fill.assigned_m2;
        }
        char fill[32];
        std::snprintf(fill, sizeof fill, "%.1f%%", all.rate() * 100);
        ImGui::Text("%s", trf(S::StatusCounts, {std::to_string(p.venue.halls.size()), std::to_string(p.booths.size()),
                                                std::to_string(placed), std::to_string(p.exhibitors.size()), fill})
                              .c_str());
        app.probe.item("status.counts");
        if (app.report)
        {
            separator();
            const Score& s = app.report->evaluation.score;
            ImGui::Text("%s",
                        trf(S::StatusScore, {std::to_string(s.hard), std::to_string(s.medium), std::to_string(s.soft)})
                            .c_str());
        }
        separator();
        if (auto t = app.doc->last_saved())
            ImGui::Text("%s", trf(S::StatusSavedAt, {time_of_day(*t)}).c_str());
        else
            ImGui::TextDisabled("%s", app.doc->has_file() ? tr(S::StatusNotSavedYet) : tr(S::StatusNoFile));
        if (auto t = app.recovery.last_written())
        {
            separator();
            ImGui::TextDisabled("%s", trf(S::StatusAutosavedAt, {time_of_day(*t)}).c_str());
        }
        std::string err = app.recovery.last_error();
        if (!err.empty())
        {
            separator();
            ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.1f, 1), "%s", trf(S::AutosaveFailed, {err}).c_str());
        }
    }
    if (app.task)
    {
        separator();
        ImGui::Text("%s…", app.task->what.c_str());
    }
    if (!app.status_message.empty())
    {
        separator();
        ImGui::TextUnformatted(app.status_message.c_str());
        app.probe.item("status.message");
    }
    // What is under the pointer, right-aligned.
    std::string right = app.viewport.tool_status.empty() ? app.viewport.hover_text : app.viewport.tool_status;
    if (!app.viewport.cursor_text.empty())
        right += (right.empty() ? "" : "   ") + app.viewport.cursor_text;
    if (!right.empty())
    {
        float tw = ImGui::CalcTextSize(right.c_str()).x;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 20, w - tw - 12 * app.ui_scale));
        ImGui::TextUnformatted(right.c_str());
    }
    ImGui::End();
}

} // namespace bp::win
