// The platform interface on GLFW 3.3 with Dear ImGui's GLFW and OpenGL 3 back ends.
//
// ImGui 1.86 has no input queue: a key pressed and released between two frames never shows in its
// key state. The callbacks here therefore hold a key's release back until ImGui has seen its press
// for one frame, and collect presses for the window's shortcuts.
//
// Frames can be presented in part where the driver lets the window keep its back buffer
// (GLX_MESA_copy_sub_buffer, as Mesa's drivers and llvmpipe offer): only the pixels of what changed
// since the last frame are drawn again and copied to the screen (screen_damage.h); otherwise (and
// by default, see the constructor) every frame is drawn whole and swapped.
#include "platform.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <utility>

// GLFW's native access (glfw3native.h needs headers of Xrandr that the window does not otherwise use).
extern "C" void* glfwGetX11Display(void);
extern "C" unsigned long glfwGetGLXWindow(GLFWwindow* window);

namespace bp::win
{

namespace
{
using CopySubBuffer = void (*)(void* display, unsigned long drawable, int x, int y, int w, int h);
using QueryExtensions = const char* (*)(void* display, int screen);
} // namespace

struct Platform::Impl
{
    GLFWwindow* window = nullptr;
    int events = 0;
    std::vector<KeyPress> presses;
    std::vector<std::string> drops;
    std::vector<int> pressed_this_frame;             // keys ImGui has not seen down for a frame yet
    std::vector<std::pair<int, int>> held_releases;  // (key, mods) released before ImGui saw the press
    std::vector<std::pair<int, int>> ready_releases; // held ones whose press ImGui has now seen
    std::string renderer;
    // Presenting in part: the back buffer stays the window's own between frames.
    CopySubBuffer copy_sub_buffer = nullptr;
    void* display = nullptr;
    unsigned long drawable = 0;
    bool partial = false;     // presenting in part is available and switched on
    std::optional<Platform::ScriptedPointer> scripted; // the benchmark's pointer
    bool back_valid = false;  // the back buffer holds the frame last presented
    int back_w = 0, back_h = 0;
    ScreenDamage damage;
    double last_share = 1;
};

namespace
{

Platform::Impl* impl_of(GLFWwindow* w)
{
    return static_cast<Platform::Impl*>(glfwGetWindowUserPointer(w));
}

void on_key(GLFWwindow* w, int key, int scancode, int action, int mods)
{
    Platform::Impl* p = impl_of(w);
    ++p->events;
    if (action == GLFW_PRESS || action == GLFW_REPEAT)
        p->presses.push_back({key, mods, action == GLFW_REPEAT});
    if (action == GLFW_PRESS)
        p->pressed_this_frame.push_back(key);
    if (action == GLFW_RELEASE &&
        std::find(p->pressed_this_frame.begin(), p->pressed_this_frame.end(), key) != p->pressed_this_frame.end())
    {
        p->held_releases.emplace_back(key, mods);
        return; // ImGui gets the release after the next frame
    }
    ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
}

void on_char(GLFWwindow* w, unsigned int c)
{
    ++impl_of(w)->events;
    ImGui_ImplGlfw_CharCallback(w, c);
}

void on_mouse_button(GLFWwindow* w, int button, int action, int mods)
{
    ++impl_of(w)->events;
    ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods);
}

void on_scroll(GLFWwindow* w, double dx, double dy)
{
    ++impl_of(w)->events;
    ImGui_ImplGlfw_ScrollCallback(w, dx, dy);
}

void on_cursor(GLFWwindow* w, double, double)
{
    ++impl_of(w)->events;
}

void on_enter(GLFWwindow* w, int entered)
{
    ++impl_of(w)->events;
    ImGui_ImplGlfw_CursorEnterCallback(w, entered);
}

void on_focus(GLFWwindow* w, int focused)
{
    ++impl_of(w)->events;
    ImGui_ImplGlfw_WindowFocusCallback(w, focused);
}

void on_drop(GLFWwindow* w, int count, const char** paths)
{
    Platform::Impl* p = impl_of(w);
    ++p->events;
    for (int i = 0; i < count; ++i)
        p->drops.emplace_back(paths[i]);
}

void on_any(GLFWwindow* w, int, int)
{
    ++impl_of(w)->events;
}

void on_refresh(GLFWwindow* w)
{
    Platform::Impl* p = impl_of(w);
    ++p->events;
    p->back_valid = false; // the screen lost what was on it: present everything again
}

void on_close(GLFWwindow* w)
{
    ++impl_of(w)->events;
}

void on_scale(GLFWwindow* w, float, float)
{
    ++impl_of(w)->events;
}

std::once_flag g_glfw_once;
std::atomic<int> g_wakes{0}; // wake() calls from other threads: each asks for a frame

} // namespace

Platform::Platform(const PlatformOptions& options) : impl_(std::make_unique<Impl>())
{
    std::call_once(g_glfw_once, [] { glfwSetErrorCallback([](int, const char*) {}); });
    if (!glfwInit())
        throw PlatformError("cannot open a window: no display (set DISPLAY, or run the command line)");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_MAXIMIZED, options.maximise ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_DEPTH_BITS, 24);
    GLFWwindow* w = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (!w)
    {
        glfwTerminate();
        throw PlatformError("cannot open a window with OpenGL 3.3 core");
    }
    impl_->window = w;
    glfwSetWindowUserPointer(w, impl_.get());
    glfwMakeContextCurrent(w);
    glfwSwapInterval(0); // frames are drawn on demand; never wait for a vertical blank we do not need
    if (!gladLoadGL(glfwGetProcAddress))
    {
        glfwDestroyWindow(w);
        glfwTerminate();
        throw PlatformError("cannot load OpenGL 3.3 core functions");
    }
    if (const GLubyte* r = glGetString(GL_RENDERER))
        impl_->renderer = reinterpret_cast<const char*>(r);
    impl_->display = glfwGetX11Display();
    impl_->drawable = impl_->display ? glfwGetGLXWindow(w) : 0;
    auto query = reinterpret_cast<QueryExtensions>(glfwGetProcAddress("glXQueryExtensionsString"));
    const char* glx = impl_->drawable && query ? query(impl_->display, 0) : nullptr;
    if (glx && std::strstr(glx, "GLX_MESA_copy_sub_buffer"))
        impl_->copy_sub_buffer = reinterpret_cast<CopySubBuffer>(glfwGetProcAddress("glXCopySubBufferMESA"));
    // On where the driver can present part of the window (Mesa's GLX_MESA_copy_sub_buffer);
    // BOOTHPLAN_PARTIAL_FRAMES=0 draws every frame whole (a compositor that shows stale pixels).
    const char* partial = std::getenv("BOOTHPLAN_PARTIAL_FRAMES");
    impl_->partial = impl_->copy_sub_buffer && !(partial && std::strcmp(partial, "0") == 0);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr; // the window lays its panels out itself
    ImGui_ImplGlfw_InitForOpenGL(w, false);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    glfwSetKeyCallback(w, on_key);
    glfwSetCharCallback(w, on_char);
    glfwSetMouseButtonCallback(w, on_mouse_button);
    glfwSetScrollCallback(w, on_scroll);
    glfwSetCursorPosCallback(w, on_cursor);
    glfwSetCursorEnterCallback(w, on_enter);
    glfwSetWindowFocusCallback(w, on_focus);
    glfwSetDropCallback(w, on_drop);
    glfwSetFramebufferSizeCallback(w, on_any);
    glfwSetWindowSizeCallback(w, on_any);
    glfwSetWindowRefreshCallback(w, on_refresh);
    glfwSetWindowCloseCallback(w, on_close);
    glfwSetWindowContentScaleCallback(w, on_scale);
}

Platform::~Platform()
{
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(impl_->window);
    glfwTerminate();
}

void Platform::wait_events(double timeout_s)
{
    if (timeout_s < 0)
        glfwWaitEvents();
    else if (timeout_s == 0)
        glfwPollEvents();
    else
        glfwWaitEventsTimeout(timeout_s);
}

void Platform::wake()
{
    g_wakes.fetch_add(1);
    glfwPostEmptyEvent();
}

int Platform::take_event_count()
{
    int n = impl_->events + g_wakes.exchange(0);
    impl_->events = 0;
    return n;
}

bool Platform::close_requested() const
{
    return glfwWindowShouldClose(impl_->window) != 0;
}

void Platform::set_close_requested(bool close)
{
    glfwSetWindowShouldClose(impl_->window, close ? GLFW_TRUE : GLFW_FALSE);
}

void Platform::begin_frame()
{
    // Releases whose press ImGui saw in the previous frame go in now, before this frame starts.
    for (auto [key, mods] : impl_->ready_releases)
        ImGui_ImplGlfw_KeyCallback(impl_->window, key, 0, GLFW_RELEASE, mods);
    impl_->ready_releases.clear();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (impl_->scripted)
    {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(impl_->scripted->x, impl_->scripted->y);
        io.MouseDown[0] = impl_->scripted->left_down;
    }
    ImGui::NewFrame();
    impl_->pressed_this_frame.clear();
    impl_->ready_releases = std::exchange(impl_->held_releases, {});
    if (!impl_->ready_releases.empty())
        ++impl_->events; // one more frame, so the release is seen
}

namespace
{

// What this frame draws: the panels that changed and the scene's damage, or the whole screen when
// the back buffer does not hold the last frame (or frames are presented whole).
std::vector<PixelRect> damage_of(Platform::Impl& m, const ImDrawData& panels, const PixelRect& screen,
                                 const std::function<PixelRect(int, int)>& scene_damage)
{
    if (!m.partial)
        return {screen};
    std::vector<PixelRect> changed = m.damage.diff(panels, screen);
    if (!scene_damage)
        return {screen};
    changed.push_back(scene_damage(screen.x1, screen.y1).clipped(screen));
    if (!m.back_valid || screen.x1 != m.back_w || screen.y1 != m.back_h)
        return {screen};
    return merge_rects(std::move(changed), ScreenDamage::kMaxRects);
}

} // namespace

void Platform::end_frame(const std::function<void(int fb_w, int fb_h)>& draw_scene,
                         const std::function<PixelRect(int fb_w, int fb_h)>& scene_damage)
{
    ImGui::Render();
    Impl& m = *impl_;
    int w = 0, h = 0;
    glfwGetFramebufferSize(m.window, &w, &h);
    const PixelRect screen{0, 0, w, h};
    ImDrawData* panels = ImGui::GetDrawData();
    const std::vector<PixelRect> damage = damage_of(m, *panels, screen, scene_damage);
    int64_t drawn = 0;
    for (const PixelRect& r : damage)
        drawn += r.area();
    m.last_share = screen.empty() ? 0 : std::min(1.0, double(drawn) / double(screen.area()));
    if (damage.empty())
        return; // the screen already shows this frame
    // Each rectangle is a pass with the panels' commands clipped to it: keep their own clips.
    std::vector<ImVec4> clips;
    for (int i = 0; i < panels->CmdListsCount; ++i)
        for (const ImDrawCmd& c : panels->CmdLists[i]->CmdBuffer)
            clips.push_back(c.ClipRect);
    for (const PixelRect& r : damage)
    {
        size_t k = 0;
        for (int i = 0; i < panels->CmdListsCount; ++i)
            for (ImDrawCmd& c : panels->CmdLists[i]->CmdBuffer)
                c.ClipRect = clips[k++];
        if (m.partial)
            clip_draw_data(*panels, r);
        glViewport(0, 0, w, h);
        glScissor(r.x0, h - r.y1, r.x1 - r.x0, r.y1 - r.y0);
        glEnable(GL_SCISSOR_TEST); // the clear and the views' copy keep to the damage
        glClearColor(0.93f, 0.93f, 0.94f, 1);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        if (draw_scene)
            draw_scene(w, h); // the views are drawn in the first pass; the others copy them
        glViewport(0, 0, w, h);
        ImGui_ImplOpenGL3_RenderDrawData(panels);
    }
    glDisable(GL_SCISSOR_TEST);
    if (!m.partial)
    {
        glfwSwapBuffers(m.window);
        return;
    }
    glFlush();
    for (const PixelRect& r : damage)
        m.copy_sub_buffer(m.display, m.drawable, r.x0, h - r.y1, r.x1 - r.x0, r.y1 - r.y0);
    m.back_valid = true;
    m.back_w = w;
    m.back_h = h;
}

void Platform::script_pointer(std::optional<ScriptedPointer> pointer)
{
    impl_->scripted = pointer;
}

void Platform::invalidate()
{
    impl_->back_valid = false;
}

void Platform::set_partial_frames(bool on)
{
    impl_->partial = on && impl_->copy_sub_buffer;
    impl_->back_valid = false;
    impl_->damage.forget();
}

bool Platform::partial_frames() const
{
    return impl_->partial;
}

double Platform::last_frame_share() const
{
    return impl_->last_share;
}

std::vector<KeyPress> Platform::take_key_presses()
{
    return std::exchange(impl_->presses, {});
}

std::vector<std::string> Platform::take_dropped_paths()
{
    return std::exchange(impl_->drops, {});
}

float Platform::content_scale() const
{
    float x = 1, y = 1;
    glfwGetWindowContentScale(impl_->window, &x, &y);
    return std::max(1.0f, std::max(x, y));
}

float Platform::framebuffer_scale() const
{
    int ww = 1, wh = 1, fw = 1, fh = 1;
    glfwGetWindowSize(impl_->window, &ww, &wh);
    glfwGetFramebufferSize(impl_->window, &fw, &fh);
    return ww > 0 ? float(fw) / float(ww) : 1.0f;
}

void Platform::framebuffer_size(int& w, int& h) const
{
    glfwGetFramebufferSize(impl_->window, &w, &h);
}

void Platform::window_position(int& x, int& y) const
{
    glfwGetWindowPos(impl_->window, &x, &y);
}

void Platform::set_title(const std::string& title)
{
    glfwSetWindowTitle(impl_->window, title.c_str());
}

std::string Platform::gl_renderer() const
{
    return impl_->renderer;
}

void Platform::rebuild_font_texture()
{
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    impl_->back_valid = false; // every glyph on screen may have moved in the atlas
}

void Platform::finish()
{
    glFinish();
}

double Platform::now_s() const
{
    return glfwGetTime();
}

} // namespace bp::win
