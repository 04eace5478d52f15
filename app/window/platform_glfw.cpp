// The platform interface on GLFW 3.3 with Dear ImGui's GLFW and OpenGL 3 back ends.
//
// ImGui 1.86 has no input queue: a key pressed and released between two frames never shows in its
// key state. The callbacks here therefore hold a key's release back until ImGui has seen its press
// for one frame, and collect presses for the window's shortcuts.
#include "platform.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <utility>

namespace bp::win
{

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
    ++impl_of(w)->events;
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
    ImGui::NewFrame();
    impl_->pressed_this_frame.clear();
    impl_->ready_releases = std::exchange(impl_->held_releases, {});
    if (!impl_->ready_releases.empty())
        ++impl_->events; // one more frame, so the release is seen
}

void Platform::end_frame(const std::function<void(int fb_w, int fb_h)>& draw_scene)
{
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(impl_->window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.93f, 0.93f, 0.94f, 1);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    if (draw_scene)
        draw_scene(w, h);
    glViewport(0, 0, w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(impl_->window);
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
