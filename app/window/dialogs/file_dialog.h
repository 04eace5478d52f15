// File dialogs: the desktop's own through `zenity` when it is installed (run as a child process, so
// the window keeps drawing), otherwise — and in tests — one drawn with ImGui: the folder's entries
// filtered by extension, recent folders, a name field, overwrite confirmation.
#pragma once

#include "app/window/file_browser.h"

#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace bp::win
{

class UiProbe;
struct Settings;

struct FileRequest
{
    enum class Mode : uint8_t
    {
        Open,
        Save
    };
    Mode mode = Mode::Open;
    std::string title;
    std::vector<FileFilter> filters; // the first is the default
    std::string folder;              // where to start (empty: the last folder used)
    std::string name;                // suggested file name (Save)
};

// True when a `zenity` executable is on PATH.
bool zenity_available();

class FileDialog
{
public:
    FileDialog();
    ~FileDialog();
    FileDialog(const FileDialog&) = delete;
    FileDialog& operator=(const FileDialog&) = delete;

    void allow_native(bool allow) { native_ = allow; }
    // Opens the dialog; `then` runs with the chosen path (never when cancelled).
    void open(FileRequest request, std::function<void(const std::string&)> then);
    bool active() const { return active_; }
    // Each frame: draws the ImGui dialog or collects zenity's answer.
    void draw(Settings& settings, float scale, UiProbe& probe);

private:
    FileRequest request_;
    std::function<void(const std::string&)> then_;
    bool active_ = false, native_ = true, drawn_ = false, popup_open_ = false;
    // zenity
    std::optional<std::future<std::optional<std::string>>> native_answer_;
    // the ImGui dialog
    FolderListing listing_;
    std::string typed_, error_, confirm_overwrite_;
    int filter_ = 0;
    void start_native();
    void browse(const std::string& folder);
    void finish(const std::string& path);
    void accept(Settings& settings);
    bool native_pending(Settings& settings);
    void draw_entries(Settings& settings, float scale, UiProbe& probe);
    void draw_name_and_buttons(Settings& settings, float scale, UiProbe& probe);
};

} // namespace bp::win
