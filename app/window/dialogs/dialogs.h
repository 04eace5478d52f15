// Modal dialogs of the window: the list of problems a bad file has (the CLI's `file:line: column:
// message` lines; nothing changed), messages, and questions with a button per answer (unsaved
// changes, recovered work). One shows at a time, the others wait in order.
#pragma once

#include "layout/model/diagnostics.h"

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace bp::win
{

class App;
class UiProbe;
class DxfImportModel;

struct DialogChoice
{
    std::string label;
    std::function<void()> action; // may be empty (just closes)
    std::string probe_id;         // "save", "discard", ... for the tests
};

struct Dialog
{
    std::string id; // for the probe: "problems", "unsaved", "recovery", "message"
    std::string title;
    std::string text;
    std::vector<std::string> lines; // shown in a scrolling, copyable list
    std::vector<DialogChoice> choices;
};

class Dialogs
{
public:
    void push(Dialog d) { queue_.push_back(std::move(d)); }
    // A file the planner chose was refused: every problem, and that nothing changed.
    void problems(const std::string& title, const std::vector<Problem>& problems);
    void problems(const std::string& title, const std::string& text);
    void message(const std::string& title, const std::string& text);
    bool open() const { return !queue_.empty(); }
    const Dialog* current() const { return queue_.empty() ? nullptr : &queue_.front(); }
    void draw(float scale, UiProbe& probe);

private:
    std::deque<Dialog> queue_;
    bool shown_ = false;
};

// The windows opened from menus that need the whole App: export with its options, allocation
// settings, keyboard shortcuts, about.
struct ExportChoice
{
    int format = 0;    // WindowExport
    int hall = -1;     // HallId, -1: the whole venue
    int colour_by = 0; // ColourBy
    int page = 1;      // PageSize: A4, A3, A1
    float dpi = 150;
    std::string date; // empty: today
};

struct PanelsOpen
{
    bool export_dialog = false;
    ExportChoice export_choice;
    bool solve_settings = false;
    bool shortcuts = false;
    bool about = false;
    std::shared_ptr<DxfImportModel> dxf_import; // File ▸ New from venue with a DXF, until created or cancelled
};
void draw_export_dialog(App& app);
void draw_solve_settings(App& app);
void draw_help_windows(App& app);

} // namespace bp::win
