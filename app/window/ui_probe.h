// For the end-to-end tests: when BOOTHPLAN_UI_PROBE names a file, every frame writes there (as JSON,
// atomically) where named widgets lie on the screen and what the window shows, so a test finds what
// to click with xdotool and knows a frame has passed. Costs nothing when off.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace bp::win
{

class UiProbe
{
public:
    void open(std::string path) { path_ = std::move(path); }
    bool on() const { return !path_.empty(); }

    // The last ImGui item, under a stable name ("menu.file", "inspector.booth").
    void item(const std::string& name);
    // A rectangle in window coordinates.
    void rect(const std::string& name, float x, float y, float w, float h);
    void state(const std::string& key, std::string value);
    void state(const std::string& key, double value);
    // Writes this frame's record (frame number, window origin on the screen, items, state), then clears.
    void end_frame(int64_t frame, int window_x, int window_y);

private:
    std::string path_;
    std::map<std::string, std::string> items_; // name -> "[x,y,w,h]"
    std::map<std::string, std::string> state_; // key -> JSON value
};

} // namespace bp::win
