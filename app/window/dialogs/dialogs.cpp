// Modal dialogs: problems, messages, questions.
#include "dialogs.h"

#include "app/window/i18n.h"
#include "app/window/ui_probe.h"

#include <imgui.h>

#include <algorithm>

namespace bp::win
{

void Dialogs::problems(const std::string& title, const std::vector<Problem>& list)
{
    Dialog d{"problems", title, tr(S::InputRefusedNothingChanged), {}, {{tr(S::Close), {}, "close"}}};
    for (const Problem& p : list)
        d.lines.push_back(p.to_string());
    push(std::move(d));
}

void Dialogs::problems(const std::string& title, const std::string& text)
{
    Dialog d{"problems", title, tr(S::InputRefusedNothingChanged), {}, {{tr(S::Close), {}, "close"}}};
    size_t start = 0;
    while (start < text.size())
    {
        size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty())
            d.lines.push_back(line);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    push(std::move(d));
}

void Dialogs::message(const std::string& title, const std::string& text)
{
    push(Dialog{"message", title, text, {}, {{tr(S::Close), {}, "close"}}});
}

void Dialogs::draw(float scale, UiProbe& probe)
{
    if (queue_.empty())
        return;
    Dialog& d = queue_.front();
    std::string popup = d.title + "###dialog-" + d.id;
    if (!shown_)
    {
        ImGui::OpenPopup(popup.c_str());
        shown_ = true;
    }
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(420 * scale, 0),
                                        ImVec2(io.DisplaySize.x * 0.9f, io.DisplaySize.y * 0.9f));
    if (!ImGui::BeginPopupModal(popup.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize))
    {
        shown_ = false; // closed some other way (another popup took over): show it again
        return;
    }
    probe.state("dialog", d.id);
    ImGui::PushTextWrapPos(640 * scale);
    ImGui::TextUnformatted(d.text.c_str());
    ImGui::PopTextWrapPos();
    if (!d.lines.empty())
    {
        float h = std::min(18.0f, static_cast<float>(d.lines.size()) + 1) * ImGui::GetTextLineHeightWithSpacing();
        ImGui::BeginChild("##lines", ImVec2(760 * scale, h), true, ImGuiWindowFlags_HorizontalScrollbar);
        for (const std::string& l : d.lines)
            ImGui::TextUnformatted(l.c_str());
        ImGui::EndChild();
        probe.item("dialog.lines");
        probe.state("dialog.lines", static_cast<double>(d.lines.size()));
        if (ImGui::Button(tr(S::CopyToClipboard)))
        {
            std::string all;
            for (const std::string& l : d.lines)
                all += l + "\n";
            ImGui::SetClipboardText(all.c_str());
        }
        ImGui::SameLine();
    }
    std::function<void()> chosen;
    bool close = false;
    for (size_t i = 0; i < d.choices.size(); ++i)
    {
        if (i > 0)
            ImGui::SameLine();
        if (ImGui::Button(d.choices[i].label.c_str(), ImVec2(std::max(110 * scale, 0.0f), 0)))
        {
            chosen = d.choices[i].action;
            close = true;
        }
        probe.item("dialog." + (d.choices[i].probe_id.empty() ? std::to_string(i) : d.choices[i].probe_id));
    }
    if (close)
    {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        queue_.pop_front();
        shown_ = false;
        if (chosen)
            chosen(); // may push the next dialog
        return;
    }
    ImGui::EndPopup();
}

} // namespace bp::win
