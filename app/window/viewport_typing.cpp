// The exact size of a dragged footprint, typed (issue 11, part 6): Enter during the drag opens two
// fields beside the pointer, filled with the footprint's size now; Enter in them sets it, Tab goes
// from one to the other, Esc leaves them and the drag goes on.
#include "viewport.h"

#include "i18n.h"
#include "ui_probe.h"

#include <imgui.h>

namespace bp::win
{

void Viewport::typed_size_field(ToolContext& ctx, ViewportFrame& f)
{
    const std::optional<TypedSize> now = tool_gesture_ ? tool_->typing() : std::nullopt;
    if (!now)
    {
        typing_open_ = false;
        return;
    }
    const bool opening = !typing_open_;
    if (opening)
    {
        typing_w_ = now->width_m;
        typing_d_ = now->depth_m;
        typing_open_ = true;
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    ImGui::SetNextWindowPos(ImVec2(mouse.x + 18, mouse.y + 18));
    ImGui::Begin("###typed-size", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::TextUnformatted(tr(S::TypedSizeTitle));
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CharsDecimal |
                                      ImGuiInputTextFlags_AutoSelectAll;
    ImGui::SetNextItemWidth(90);
    if (opening)
        ImGui::SetKeyboardFocusHere();
    bool done = ImGui::InputDouble(label(S::TypedWidth, "width").c_str(), &typing_w_, 0, 0, "%.1f", flags);
    if (f.probe)
        f.probe->item("typed.width");
    ImGui::SetNextItemWidth(90);
    done = ImGui::InputDouble(label(S::TypedDepth, "depth").c_str(), &typing_d_, 0, 0, "%.1f", flags) || done;
    if (f.probe)
    {
        f.probe->item("typed.depth");
        f.probe->state("typed.open", 1.0);
    }
    ImGui::End();
    if (done)
    {
        tool_->typed(ctx, TypedSize{typing_w_, typing_d_});
        typing_open_ = false;
    }
}

} // namespace bp::win
