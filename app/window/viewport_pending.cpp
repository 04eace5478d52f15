// The viewport while the OpenGL renderer (render/gl, issue "renderer") is not in the tree yet: the
// same interface, with the centre showing what is missing. CMake builds viewport.cpp instead as
// soon as the renderer's library exists; this file goes then.
#include "viewport.h"

#include "app/window/i18n.h"

#include <imgui.h>

namespace bp::win
{

void Viewport::RendererDeleter::operator()(gl::Renderer*) const {} // never made without the renderer

Viewport::Viewport() = default;
Viewport::~Viewport() = default;

void Viewport::set_project(const Project& project)
{
    venue_box_ = Box{};
    for (const Hall& h : project.venue.halls)
        for (Vec2 p : h.outline)
            venue_box_.add(p);
}

void Viewport::close_project() {}
void Viewport::update(const Project&, const ChangeSet&) {}
void Viewport::set_selection(const PlanSelection&) {}
void Viewport::set_checks(const CheckReport&) {}
void Viewport::set_highlight(const std::vector<BoothId>&) {}
void Viewport::apply_display() {}

bool Viewport::draw_ui(ViewportFrame& f)
{
    plan_rect = {f.x * f.fb_scale, f.y * f.fb_scale, f.w * f.fb_scale, f.h * f.fb_scale};
    ImGui::SetNextWindowPos(ImVec2(f.x, f.y));
    ImGui::SetNextWindowSize(ImVec2(f.w, f.h));
    ImGui::Begin("###viewport", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoSavedSettings);
    ImGui::SetCursorPos(ImVec2(20, 20));
    ImGui::TextDisabled("The plan and 3D views arrive with the OpenGL renderer (render/gl).");
    ImGui::SetCursorPosX(20);
    ImGui::TextDisabled("Venue %.0f m x %.0f m. Use the venue tree, Find and the inspector meanwhile.",
                        venue_box_.empty() ? 0.0 : venue_box_.width(), venue_box_.empty() ? 0.0 : venue_box_.height());
    ImGui::End();
    return false;
}

void Viewport::draw_scene(int, int) {}
void Viewport::fit_all(const Project&, bool) {}
void Viewport::fit_box(Box, bool) {}
void Viewport::fly_to_booth(BoothId) {}
void Viewport::pan_by(float, float) {}
bool Viewport::animating() const
{
    return false;
}
gl::FrameStats Viewport::stats() const
{
    return {};
}

} // namespace bp::win
