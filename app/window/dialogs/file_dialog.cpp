// File dialogs: zenity as a child process, or the ImGui-drawn one.
#include "file_dialog.h"

#include "app/window/i18n.h"
#include "app/window/platform.h"
#include "app/window/settings.h"
#include "app/window/ui_probe.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bp::win
{

namespace fs = std::filesystem;

bool zenity_available()
{
    const char* path = std::getenv("PATH");
    if (!path)
        return false;
    std::string p = path;
    size_t start = 0;
    while (start <= p.size())
    {
        size_t end = p.find(':', start);
        std::string dir = p.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!dir.empty() && ::access((dir + "/zenity").c_str(), X_OK) == 0)
            return true;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return false;
}

FileDialog::FileDialog() = default;

FileDialog::~FileDialog()
{
    if (native_answer_)
        native_answer_->wait(); // zenity ends when the window's display goes
}

void FileDialog::open(FileRequest request, std::function<void(const std::string&)> then)
{
    request_ = std::move(request);
    then_ = std::move(then);
    active_ = true;
    drawn_ = false;
    error_.clear();
    confirm_overwrite_.clear();
    filter_ = 0;
    typed_ = request_.mode == FileRequest::Mode::Save ? request_.name : std::string();
    if (native_ && zenity_available())
        start_native();
}

namespace
{

// Runs zenity and returns its answer: the path, nullopt when cancelled; throws when it could not run.
std::optional<std::string> run_zenity(std::vector<std::string> args)
{
    int out[2];
    if (::pipe(out) != 0)
        throw std::runtime_error("pipe");
    // posix_spawn, not fork: the window has other threads (the solver, the recovery writer).
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int rc = ::posix_spawnp(&pid, "zenity", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
    {
        ::close(out[0]);
        ::close(out[1]);
        throw std::runtime_error("zenity could not start");
    }
    ::close(out[1]);
    std::string text;
    char buf[4096];
    for (ssize_t n; (n = ::read(out[0], buf, sizeof buf)) > 0;)
        text.append(buf, static_cast<size_t>(n));
    ::close(out[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    Platform::wake();
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code == 1)
        return std::nullopt; // cancelled
    if (code != 0)
        throw std::runtime_error("zenity failed");
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

} // namespace

void FileDialog::start_native()
{
    std::vector<std::string> args{"zenity", "--file-selection", "--title=" + request_.title};
    if (request_.mode == FileRequest::Mode::Save)
    {
        args.push_back("--save");
        args.push_back("--confirm-overwrite");
    }
    std::string start = request_.folder.empty() ? std::string() : request_.folder + "/";
    args.push_back("--filename=" + start + request_.name);
    for (const FileFilter& f : request_.filters)
    {
        std::string pattern = f.name + " |";
        for (const std::string& e : f.extensions)
            pattern += " *" + e;
        if (f.extensions.empty())
            pattern += " *";
        args.push_back("--file-filter=" + pattern);
    }
    native_answer_ = std::async(std::launch::async, [args] { return run_zenity(args); });
}

void FileDialog::browse(const std::string& folder)
{
    FileFilter all;
    listing_ = list_folder(folder, request_.filters.empty() ? all : request_.filters[static_cast<size_t>(filter_)]);
}

void FileDialog::finish(const std::string& path)
{
    active_ = false;
    if (popup_open_)
        ImGui::CloseCurrentPopup();
    popup_open_ = false;
    auto then = std::move(then_);
    then_ = nullptr;
    if (then)
        then(path);
}

void FileDialog::accept(Settings& settings)
{
    if (typed_.empty())
        return;
    std::string path = resolve_typed_path(listing_.folder, typed_);
    std::error_code ec;
    if (fs::is_directory(path, ec))
    {
        browse(path);
        typed_.clear();
        return;
    }
    if (request_.mode == FileRequest::Mode::Open)
    {
        if (!fs::exists(path, ec))
        {
            error_ = trf(S::FileNotFound, {path});
            return;
        }
    }
    else
    {
        if (!request_.filters.empty())
            path = with_extension(path, request_.filters[static_cast<size_t>(filter_)]);
        if (fs::exists(path, ec) && confirm_overwrite_ != path)
        {
            confirm_overwrite_ = path; // asked once; a second Save replaces it
            error_ = trf(S::FileExistsReplace, {fs::path(path).filename().string()});
            return;
        }
    }
    remember_folder(settings, fs::path(path).parent_path().string());
    finish(path);
}

// Zenity's answer, once it has come: true while the native dialog stands for this one (or just
// closed it); false when there is none (or zenity could not run): the dialog draws itself.
bool FileDialog::native_pending(Settings& settings)
{
    if (!native_answer_)
        return false;
    if (native_answer_->wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return true;
    try
    {
        std::optional<std::string> answer = native_answer_->get();
        native_answer_.reset();
        if (answer && !answer->empty())
        {
            remember_folder(settings, fs::path(*answer).parent_path().string());
            finish(*answer);
        }
        else
            active_ = false;
        return true;
    }
    catch (const std::exception&)
    {
        native_answer_.reset(); // zenity could not run here: draw our own
    }
    return false;
}

// Recent folders on the left, the folder's entries on the right.
void FileDialog::draw_entries(Settings& settings, float scale, UiProbe& probe)
{
    ImGui::BeginChild("##places", ImVec2(180 * scale, -ImGui::GetFrameHeightWithSpacing() * 3), true);
    ImGui::TextDisabled("%s", tr(S::RecentFolders));
    for (const std::string& f : settings.recent_folders)
        if (ImGui::Selectable((fs::path(f).filename().string() + "##" + f).c_str()))
            browse(f);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginGroup();
    if (ImGui::Button(tr(S::FolderUp)))
        browse(parent_folder(listing_.folder));
    ImGui::SameLine();
    ImGui::TextUnformatted(listing_.folder.c_str());
    ImGui::BeginChild("##entries", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 3), true);
    if (!listing_.error.empty())
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", listing_.error.c_str());
    std::string go_into;
    for (size_t i = 0; i < listing_.entries.size(); ++i)
    {
        const FolderEntry& e = listing_.entries[i];
        std::string label = (e.folder ? "[" + e.name + "]" : e.name) + "##" + std::to_string(i);
        if (ImGui::Selectable(label.c_str(), typed_ == e.name, ImGuiSelectableFlags_AllowDoubleClick))
        {
            if (e.folder)
                go_into = listing_.folder + "/" + e.name;
            else
            {
                typed_ = e.name;
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
                    accept(settings);
            }
        }
        probe.item("file.entry." + e.name);
    }
    ImGui::EndChild();
    ImGui::EndGroup();
    if (!go_into.empty())
        browse(go_into);
}

// The name typed, the filter, the error, and the buttons.
void FileDialog::draw_name_and_buttons(Settings& settings, float scale, UiProbe& probe)
{
    ImGui::SetNextItemWidth(-220 * scale);
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    bool enter = ImGui::InputText("##name", &typed_, ImGuiInputTextFlags_EnterReturnsTrue);
    probe.item("file.name");
    probe.state("file.typed", typed_);
    if (!request_.filters.empty())
    {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-1);
        const char* current = request_.filters[static_cast<size_t>(filter_)].name.c_str();
        if (ImGui::BeginCombo("##filter", current))
        {
            for (size_t i = 0; i < request_.filters.size(); ++i)
                if (ImGui::Selectable(request_.filters[i].name.c_str(), static_cast<int>(i) == filter_))
                {
                    filter_ = static_cast<int>(i);
                    browse(listing_.folder);
                }
            ImGui::EndCombo();
        }
    }
    if (!error_.empty())
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1), "%s", error_.c_str());
    else
        ImGui::NewLine();
    const char* ok = request_.mode == FileRequest::Mode::Save ? tr(S::Save) : tr(S::Open);
    if (ImGui::Button(ok, ImVec2(120 * scale, 0)) || enter)
        accept(settings);
    probe.item("file.ok");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::Cancel), ImVec2(120 * scale, 0)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
    {
        active_ = false;
        popup_open_ = false;
        ImGui::CloseCurrentPopup();
    }
    probe.item("file.cancel");
}

void FileDialog::draw(Settings& settings, float scale, UiProbe& probe)
{
    if (!active_)
        return;
    if (native_pending(settings))
        return;
    if (!drawn_)
    {
        std::string start = request_.folder;
        if (start.empty() && !settings.recent_folders.empty())
            start = settings.recent_folders.front();
        browse(start.empty() ? fs::current_path().string() : start);
        drawn_ = true;
        ImGui::OpenPopup("###file-dialog");
    }
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowSize(ImVec2(720 * scale, 480 * scale), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    std::string title = request_.title + "###file-dialog";
    bool open = true;
    if (!ImGui::BeginPopupModal(title.c_str(), &open))
    {
        if (popup_open_ || !open)
        {
            popup_open_ = false;
            active_ = false; // closed with its X or Esc
        }
        return;
    }
    popup_open_ = true;
    probe.state("dialog", "file");
    draw_entries(settings, scale, probe);
    draw_name_and_buttons(settings, scale, probe);
    ImGui::EndPopup();
}

} // namespace bp::win
