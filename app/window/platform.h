// The one platform interface the window runs on, chosen at link time (platform_glfw.cpp): an
// OpenGL 3.3 core window with Dear ImGui set up on it, events with waiting (the window sleeps while
// nothing changes), wake-ups from other threads, and the monitor's content scale for HiDPI.
#pragma once

#include "screen_damage.h"

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace bp::win
{

struct PlatformError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

struct PlatformOptions
{
    std::string title = "boothplan";
    int width = 1600, height = 1000; // window coordinates
    bool maximise = false;
};

// A key press as GLFW reports it (GLFW_KEY_*, GLFW_MOD_*): shortcuts are taken from these, not from
// ImGui's key state, so a press and release within one frame is never lost.
struct KeyPress
{
    int key = 0;
    int mods = 0;
    bool repeat = false;
};

class Platform
{
public:
    // Opens the window, makes its GL context current, loads GL and starts ImGui with its GLFW and
    // OpenGL 3 back ends. Throws PlatformError without a display or without OpenGL 3.3.
    explicit Platform(const PlatformOptions& options);
    ~Platform();
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;

    // Sleeps until an event arrives or `timeout_s` passes (negative: no timeout); 0 polls.
    void wait_events(double timeout_s);
    // Safe from any thread: wakes wait_events (the solver's progress, a finished background job).
    static void wake();
    // Input events (keys, mouse, resize, focus, drops) and wake() calls since the last call.
    int take_event_count();

    bool close_requested() const;
    void set_close_requested(bool close);

    void begin_frame();
    // Clears, calls draw_scene (the renderer draws into the bound framebuffer), draws ImGui on top
    // and presents. With partial frames, `scene_damage` says (before drawing) which pixels the
    // scene will draw differently from the last frame; the frame is then drawn and presented only
    // inside the bounding box of that and of the panels that changed (with the scissor test on:
    // draw_scene keeps to it, as clears and framebuffer blits do), and not at all when nothing
    // changed. Without `scene_damage` the whole window is drawn.
    void end_frame(const std::function<void(int fb_w, int fb_h)>& draw_scene,
                   const std::function<PixelRect(int fb_w, int fb_h)>& scene_damage = {});
    // The next frame is drawn and presented whole (the pixels on screen are not to be trusted).
    void invalidate();
    // Partial frames where the driver offers them: on by default (BOOTHPLAN_PARTIAL_FRAMES=0
    // turns them off); the benchmark measures as the window draws and compares with the other way.
    void set_partial_frames(bool on);
    bool partial_frames() const;
    // Share of the window's pixels the last end_frame drew (1 for a whole frame, 0 when none).
    double last_frame_share() const;

    // The benchmark's pointer: from the next frame on, ImGui sees the mouse at (x, y) in window
    // coordinates with the left button down or up, whatever the X pointer does; nullopt: the real one.
    struct ScriptedPointer
    {
        float x = 0, y = 0;
        bool left_down = false;
    };
    void script_pointer(std::optional<ScriptedPointer> pointer);

    std::vector<KeyPress> take_key_presses();
    std::vector<std::string> take_dropped_paths();

    float content_scale() const;     // 1 on a 96 dpi monitor, 2 on a HiDPI one
    float framebuffer_scale() const; // framebuffer pixels per window coordinate
    void framebuffer_size(int& w, int& h) const;
    void window_position(int& x, int& y) const;
    void set_title(const std::string& title);
    std::string gl_renderer() const; // "llvmpipe (LLVM 15.0.6, 256 bits)"
    // After the font atlas changed: uploads it again.
    void rebuild_font_texture();
    double now_s() const;
    // Waits until the GPU has drawn everything (benchmarks).
    void finish();

    struct Impl; // the GLFW window and its event queues (platform_glfw.cpp)

private:
    std::unique_ptr<Impl> impl_;
};

} // namespace bp::win
