// The UI probe for the window's end-to-end tests.
#include "ui_probe.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>

namespace bp::win
{

void UiProbe::item(const std::string& name)
{
    if (!on())
        return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    rect(name, a.x, a.y, b.x - a.x, b.y - a.y);
}

void UiProbe::rect(const std::string& name, float x, float y, float w, float h)
{
    if (!on())
        return;
    char buf[96];
    std::snprintf(buf, sizeof buf, "[%.1f,%.1f,%.1f,%.1f]", x, y, w, h);
    items_[name] = buf;
}

void UiProbe::state(const std::string& key, std::string value)
{
    if (on())
        state_[key] = nlohmann::json(std::move(value)).dump();
}

void UiProbe::state(const std::string& key, double value)
{
    if (on())
        state_[key] = nlohmann::json(value).dump();
}

void UiProbe::end_frame(int64_t frame, int window_x, int window_y)
{
    if (!on())
        return;
    std::string out = "{\"frame\":" + std::to_string(frame) + ",\"window\":[" + std::to_string(window_x) + "," +
                      std::to_string(window_y) + "],\"items\":{";
    bool first = true;
    for (auto& [k, v] : items_)
    {
        out += (first ? "" : ",") + nlohmann::json(k).dump() + ":" + v;
        first = false;
    }
    out += "},\"state\":{";
    first = true;
    for (auto& [k, v] : state_)
    {
        out += (first ? "" : ",") + nlohmann::json(k).dump() + ":" + v;
        first = false;
    }
    out += "}}\n";
    items_.clear();
    state_.clear();
    // A rename makes each record appear whole; no fsync, it is read at once by the test.
    std::string tmp = path_ + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        f << out;
    }
    std::rename(tmp.c_str(), path_.c_str());
}

} // namespace bp::win
