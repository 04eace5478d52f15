// Folder listings for the window's own file dialog.
#include "file_browser.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace bp::win
{

namespace fs = std::filesystem;

namespace
{

std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool ends_with(const std::string& s, const std::string& tail)
{
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

bool FileFilter::accepts(const std::string& filename) const
{
    if (extensions.empty())
        return true;
    std::string f = lower(filename);
    for (const std::string& e : extensions)
        if (ends_with(f, lower(e)))
            return true;
    return false;
}

FolderListing list_folder(const std::string& folder, const FileFilter& filter)
{
    FolderListing out;
    std::error_code ec;
    fs::path dir = fs::absolute(folder.empty() ? fs::path(".") : fs::path(folder), ec).lexically_normal();
    out.folder = dir.string();
    if (out.folder.size() > 1 && out.folder.back() == '/')
        out.folder.pop_back();
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec)
    {
        out.error = ec.message();
        return out;
    }
    for (; it != fs::directory_iterator(); it.increment(ec))
    {
        if (ec)
            break;
        std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.')
            continue;
        std::error_code e2;
        bool is_dir = it->is_directory(e2);
        if (!is_dir && !filter.accepts(name))
            continue;
        FolderEntry entry{name, is_dir, 0};
        if (!is_dir)
            entry.size = it->file_size(e2);
        out.entries.push_back(std::move(entry));
    }
    std::sort(out.entries.begin(), out.entries.end(),
              [](const FolderEntry& a, const FolderEntry& b)
              {
                  if (a.folder != b.folder)
                      return a.folder;
                  return lower(a.name) < lower(b.name);
              });
    return out;
}

std::string parent_folder(const std::string& folder)
{
    fs::path p = fs::path(folder).lexically_normal();
    if (p.has_relative_path() && p.filename().empty())
        p = p.parent_path(); // "a/b/" -> "a/b"
    fs::path parent = p.parent_path();
    return parent.empty() ? folder : parent.string();
}

std::string resolve_typed_path(const std::string& folder, const std::string& typed)
{
    if (typed.rfind("~/", 0) == 0)
        if (const char* home = std::getenv("HOME"))
            return (fs::path(home) / typed.substr(2)).lexically_normal().string();
    fs::path t(typed);
    if (t.is_absolute())
        return t.lexically_normal().string();
    return (fs::path(folder) / t).lexically_normal().string();
}

std::string with_extension(const std::string& path, const FileFilter& filter)
{
    if (filter.extensions.empty() || filter.accepts(path))
        return path;
    return path + filter.extensions.front();
}

} // namespace bp::win
