// The exact size of a dragged footprint, or the exact offset of a dragged column, blocked zone or
// door, typed (issue 11, part 6): Enter during the drag opens two fields beside the pointer, filled
// with the value now; Enter in them sets it, Tab goes from one to the other, Esc leaves them and the
// drag goes on.
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
        typing_w_ = now->east_m;
        typing_d_ = now->north_m;
        typing_open_ = true;
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    ImGui::SetNextWindowPos(ImVec2(mouse.x + 18, mouse.y + 18));
    ImGui::Begin("###typed-size", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::TextUnformatted(tr(now->offset ? S::TypedOffsetTitle : S::TypedSizeTitle));
    // The values follow the typing (a field left with Tab keeps what was typed); Enter in either
    // field, which leaves it, sets both.
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_AutoSelectAll;
    auto field = [&](S name, const char* id, double& value)
    {
        ImGui::SetNextItemWidth(90);
        ImGui::InputDouble(label(name, id).c_str(), &value, 0, 0, "%.1f", flags);
        return ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                                              ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)));
    };
    if (opening)
        ImGui::SetKeyboardFocusHere();
    bool done = field(S::TypedWidth, "width", typing_w_);
    if (f.probe)
        f.probe->item("typed.width");
    done = field(S::TypedDepth, "depth", typing_d_) || done;
    if (f.probe)
    {
        f.probe->item("typed.depth");
        f.probe->state("typed.open", 1.0);
    }
    ImGui::End();
    if (done)
    {
        tool_->typed(ctx, TypedSize{typing_w_, typing_d_, now->offset});
        typing_open_ = false;
    }
}

} // namespace bp::win
